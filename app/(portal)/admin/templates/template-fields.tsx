// The inputs of an answer template, shared by the create and edit forms: name, text (formatted), field, agency.
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/translate";
import { RichTextEditor, type RichTextEditorLabels } from "@/components/rich-text-editor";
import { inputClass, LabelledField } from "../admin-ui";

type Option = { id: number; name: string; nameEn: string };

export function TemplateFields({
  values,
  fields,
  agencies,
  editorKey,
  t,
  locale,
}: {
  values: { name: string; body: string; fieldId: number | null; agencyId: number | null };
  fields: Option[];
  agencies: Option[];
  /** a new key reloads the editor with the text as stored (after a save) */
  editorKey: string;
  t: Translate;
  locale: Locale;
}) {
  const name = (row: Option) => (locale === "vi" ? row.name : row.nameEn);
  return (
    <>
      <LabelledField id="name" label={t("admin.templates.name")}>
        <input
          id="name"
          name="name"
          required
          maxLength={200}
          defaultValue={values.name}
          className={inputClass}
        />
      </LabelledField>
      <RichTextEditor
        key={editorKey}
        id="body"
        name="body"
        label={t("admin.templates.body")}
        initialHtml={values.body}
        labels={messagesFor(locale, "answers.editor") as RichTextEditorLabels}
      />
      <LabelledField id="fieldId" label={t("admin.templates.field")}>
        <select id="fieldId" name="fieldId" defaultValue={values.fieldId ?? ""} className={inputClass}>
          <option value="">{t("admin.templates.allFields")}</option>
          {fields.map((field) => (
            <option key={field.id} value={field.id}>
              {name(field)}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField id="agencyId" label={t("admin.templates.agency")}>
        <select id="agencyId" name="agencyId" defaultValue={values.agencyId ?? ""} className={inputClass}>
          <option value="">{t("admin.templates.allAgencies")}</option>
          {agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {name(agency)}
            </option>
          ))}
        </select>
      </LabelledField>
    </>
  );
}
