import type { ReactNode } from 'react';
import { ui } from '../content/ui';
import { EmergencyCard } from './EmergencyCard';
import { PageHeading } from './PageHeading';

interface Props {
  readonly onBack: () => void;
  /** Someone may be in danger: the 999 card goes first. */
  readonly emergency: boolean;
  readonly children: ReactNode;
}

/**
 * The top of the plan and of the plan so far: Back, the 999 card when it applies, and the heading
 * (the children), spaced tightly so the checklist under them starts high on the screen.
 */
export function PlanPageTop({ onBack, emergency, children }: Props) {
  return (
    <div className="plan-top">
      <button type="button" className="back-link" onClick={onBack}>
        {ui.back}
      </button>
      {emergency ? <EmergencyCard active compact /> : null}
      <PageHeading>{children}</PageHeading>
    </div>
  );
}
