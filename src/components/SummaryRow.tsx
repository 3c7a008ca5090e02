import type { ReactNode } from 'react';

/** One row of a summary list (`<dl className="summary-list">`): what it is, and its value. */
export function SummaryRow({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{children}</dd>
    </div>
  );
}
