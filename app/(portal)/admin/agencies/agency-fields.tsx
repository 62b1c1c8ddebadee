// The inputs of an agency's names and place, shared by the create and edit forms.
import type { Translate } from "@/lib/i18n/translate";
import { AgencyType } from "@/lib/generated/prisma/enums";
import { inputClass, LabelledField } from "../admin-ui";

type Values = {
  name: string;
  nameEn: string;
  shortName: string;
  type: AgencyType | "";
  parentId: number | null;
};

export function AgencyFields({
  values,
  parents,
  t,
}: {
  values: Values;
  parents: { id: number; name: string }[];
  t: Translate;
}) {
  return (
    <>
      <LabelledField id="name" label={t("admin.agency.name")}>
        <input
          id="name"
          name="name"
          required
          maxLength={300}
          defaultValue={values.name}
          className={inputClass}
        />
      </LabelledField>
      <LabelledField id="nameEn" label={t("admin.agency.nameEn")}>
        <input
          id="nameEn"
          name="nameEn"
          required
          maxLength={300}
          lang="en"
          defaultValue={values.nameEn}
          className={inputClass}
        />
      </LabelledField>
      <LabelledField id="shortName" label={t("admin.agency.shortName")}>
        <input
          id="shortName"
          name="shortName"
          required
          maxLength={40}
          defaultValue={values.shortName}
          className={inputClass}
        />
      </LabelledField>
      <LabelledField id="type" label={t("admin.agency.type")}>
        <select id="type" name="type" required defaultValue={values.type} className={inputClass}>
          <option value="">{t("admin.agency.chooseType")}</option>
          {Object.values(AgencyType).map((type) => (
            <option key={type} value={type}>
              {t(`admin.agencyTypes.${type}`)}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField id="parentId" label={t("admin.agency.parent")}>
        <select id="parentId" name="parentId" defaultValue={values.parentId ?? ""} className={inputClass}>
          <option value="">{t("admin.common.none")}</option>
          {parents.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </select>
      </LabelledField>
    </>
  );
}
