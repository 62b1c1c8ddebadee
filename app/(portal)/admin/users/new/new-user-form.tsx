"use client";
// The new-user form: errors next to their fields, then the account's initial password or link, shown once.
import Link from "next/link";
import { useActionState, useState } from "react";
import type { CredentialState } from "../credential";
import { CredentialResult } from "../credential-result";
import { createUserAction } from "./actions";

type Option = { id: number; name: string };

const input = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";

function FieldError({ name, state }: { name: string; state: CredentialState }) {
  const errors = state.fieldErrors?.[name];
  if (!errors?.length) return null;
  return (
    <p id={`${name}-error`} className="mt-1 text-sm text-red-800">
      {errors.join(" ")}
    </p>
  );
}

type Props = {
  labels: Record<string, string>;
  resultLabels: Record<string, string>;
  roles: { value: string; label: string }[];
  units: Option[];
  agencies: Option[];
};

/** "Create another" starts a fresh form (new key), which also drops the shown password from memory. */
export function NewUserForm(props: Props) {
  const [round, setRound] = useState(0);
  return <NewUserRound key={round} {...props} onAgain={() => setRound((value) => value + 1)} />;
}

function NewUserRound({
  labels,
  resultLabels,
  roles,
  units,
  agencies,
  onAgain,
}: Props & { onAgain: () => void }) {
  const [state, formAction, pending] = useActionState(createUserAction, {} as CredentialState);
  if (state.ok && state.credential) {
    return (
      <div className="space-y-4" aria-live="polite">
        <p className="font-medium text-green-800">{state.message}</p>
        <CredentialResult credential={state.credential} labels={resultLabels} />
        <div className="flex flex-wrap gap-3">
          <Link href={`/admin/users/${state.userId}`} className="text-brand-800 underline">
            {resultLabels.openUser}
          </Link>
          <button type="button" onClick={onAgain} className="text-brand-800 underline">
            {resultLabels.createAnother}
          </button>
        </div>
      </div>
    );
  }
  const described = (name: string) =>
    state.fieldErrors?.[name] ? { "aria-describedby": `${name}-error`, "aria-invalid": true } : {};
  return (
    <form action={formAction} className="space-y-4">
      <div>
        <label htmlFor="email" className="text-sm font-medium">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          required
          maxLength={200}
          autoComplete="off"
          className={input}
          {...described("email")}
        />
        <FieldError name="email" state={state} />
      </div>
      <div>
        <label htmlFor="name" className="text-sm font-medium">
          {labels.name}
        </label>
        <input id="name" name="name" required maxLength={200} className={input} {...described("name")} />
        <FieldError name="name" state={state} />
      </div>
      <div>
        <label htmlFor="position" className="text-sm font-medium">
          {labels.position}
        </label>
        <input id="position" name="position" maxLength={200} className={input} {...described("position")} />
        <FieldError name="position" state={state} />
      </div>
      <div>
        <label htmlFor="role" className="text-sm font-medium">
          {labels.role}
        </label>
        <select id="role" name="role" required defaultValue="" className={input} {...described("role")}>
          <option value="">{labels.chooseRole}</option>
          {roles.map((role) => (
            <option key={role.value} value={role.value}>
              {role.label}
            </option>
          ))}
        </select>
        <FieldError name="role" state={state} />
      </div>
      <div>
        <label htmlFor="unitId" className="text-sm font-medium">
          {labels.unit}
        </label>
        <select id="unitId" name="unitId" defaultValue="" className={input} {...described("unitId")}>
          <option value="">{labels.none}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
        <FieldError name="unitId" state={state} />
      </div>
      <div>
        <label htmlFor="agencyId" className="text-sm font-medium">
          {labels.agency}
        </label>
        <select id="agencyId" name="agencyId" defaultValue="" className={input} {...described("agencyId")}>
          <option value="">{labels.none}</option>
          {agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </select>
        <FieldError name="agencyId" state={state} />
      </div>
      <fieldset {...described("credential")}>
        <legend className="text-sm font-medium">{labels.credential}</legend>
        <label className="mt-2 flex items-start gap-2">
          <input type="radio" name="credential" value="link" defaultChecked className="mt-1" />
          <span>{labels.credentialLink}</span>
        </label>
        <label className="mt-2 flex items-start gap-2">
          <input type="radio" name="credential" value="password" className="mt-1" />
          <span>{labels.credentialPassword}</span>
        </label>
        <FieldError name="credential" state={state} />
      </fieldset>
      <div aria-live="polite" className="text-sm">
        {state.message && <p className="font-medium text-red-800">{state.message}</p>}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? labels.creating : labels.create}
      </button>
    </form>
  );
}
