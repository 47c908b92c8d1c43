import Link from "next/link";
import type { GuideStep } from "@/lib/help/role-guides";

/** A role's steps, numbered; a step done on a page links to it (not in another role's guide). */
export function GuideSteps({ steps, linked = true }: { steps: GuideStep[]; linked?: boolean }) {
  return (
    <ol className="list-decimal space-y-1.5 pl-5">
      {steps.map((step) => (
        <li key={step.text}>
          {step.text}
          {linked && step.href && (
            <>
              {" "}
              <Link
                href={step.href}
                className="font-medium whitespace-nowrap text-brand-700 underline underline-offset-2"
              >
                {step.linkLabel} →
              </Link>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
