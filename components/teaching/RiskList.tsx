import type { Teach } from '@/lib/teaching';

export const RISKS = ['training', 'review', 'breach', 'combination'] as const;
export type Risk = (typeof RISKS)[number];

/** Why a pasted note matters: what chatbot companies and others can do with it. */
export function RiskList({ teach }: { teach: Teach }) {
  return (
    <section aria-labelledby="risks-heading" class="risks">
      <h2 id="risks-heading">{teach('risks.heading')}</h2>
      <ul>
        {RISKS.map((risk) => (
          <li key={risk}>
            <h3>{teach(`risks.${risk}.title`)}</h3>
            <p>{teach(`risks.${risk}.body`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
