import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "./field";

export interface Option {
  value: string;
  label: string;
}

/** A labelled select over a list (sections, departments, parents), with a first choice meaning "none". */
export function OptionField({ id, label, error, none, options, registration }: { id: string; label: string; error?: string; none: string; options: Option[]; registration: UseFormRegisterReturn }) {
  return (
    <Field id={id} label={label} error={error}>
      <select id={id} className={inputClass} {...registration}>
        <option value="">{none}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
