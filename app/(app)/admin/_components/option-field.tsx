import type { UseFormRegisterReturn } from "react-hook-form";
import type { Option } from "../../_components/report-controls";
import { Field, inputClass } from "./field";

export type { Option };

/** A labelled select over a list (sections, departments, parents, users), with a first choice meaning "none". */
export function OptionField({
  id,
  label,
  error,
  none,
  options,
  registration,
  className,
}: {
  id: string;
  label: string;
  error?: string;
  none: string;
  options: { value: string | number; label: string }[];
  registration: UseFormRegisterReturn;
  className?: string;
}) {
  return (
    <Field id={id} label={label} error={error} className={className}>
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
