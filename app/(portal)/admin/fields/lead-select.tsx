// The routing rule's input: the default lead agency of a field, among the agencies that may lead.
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import { inputClass, LabelledField } from "../admin-ui";

export function LeadSelect({
  id,
  value,
  agencies,
  t,
  locale,
}: {
  id: string;
  value: { id: number; name: string; nameEn: string } | null;
  agencies: { id: number; name: string; nameEn: string }[];
  t: Translate;
  locale: Locale;
}) {
  const name = (agency: { name: string; nameEn: string }) => (locale === "vi" ? agency.name : agency.nameEn);
  // A rule pointing at an agency that has since ended stays shown (and kept) until it is changed.
  const options =
    value && !agencies.some((agency) => agency.id === value.id) ? [...agencies, value] : agencies;
  return (
    <LabelledField id={id} label={t("admin.fields.lead")} hint={t("admin.fields.leadHint")}>
      <select
        id={id}
        name="defaultLeadAgencyId"
        defaultValue={value?.id ?? ""}
        aria-describedby={`${id}-hint`}
        className={inputClass}
      >
        <option value="">{t("admin.fields.noLead")}</option>
        {options.map((agency) => (
          <option key={agency.id} value={agency.id}>
            {name(agency)}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
