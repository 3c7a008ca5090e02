import { useState } from 'react';
import { useMoveTo } from '../../components/pageFocus';
import { sessionKitItems, sessionKitWords as words, type SessionKitItem } from '../../content/sessionKit';
import { FacilitatorGuide } from './FacilitatorGuide';
import { FlowchartHandout } from './FlowchartHandout';
import { ParticipantCards } from './ParticipantCards';
import { Quiz } from './Quiz';
import { ReflectionSheet } from './ReflectionSheet';
import './sessionKit.css';

export interface SessionKitPageProps {
  /** As on the training page: null until the trainer changes it, then the name the room sees. */
  readonly practiceName: string | null;
  /** Back to the training page. */
  readonly onBack: () => void;
  /** The item shown first; the facilitator guide unless said otherwise. */
  readonly initialItem?: SessionKitItem;
}

/**
 * The session kit: a facilitator guide, participant cards, a flowchart handout, a quiz and a
 * reflection sheet, each its own view with Print. Nothing here reads or writes storage: the quiz
 * and the reflection sheet live only in this page's state, so they are gone when it closes.
 */
export function SessionKitPage({ practiceName, onBack, initialItem = 'guide' }: SessionKitPageProps) {
  const [item, setItem] = useState<SessionKitItem>(initialItem);
  useMoveTo(`session-kit-${item}`);
  return (
    <div className="session-kit">
      <button type="button" className="back-link" onClick={onBack}>
        {words.back}
      </button>
      <nav className="session-kit__menu no-print" aria-label={words.menuLabel}>
        <ul>
          {sessionKitItems.map((each) => (
            <li key={each}>
              <button
                type="button"
                className="link-button session-kit__menu-item"
                aria-current={each === item ? 'page' : undefined}
                onClick={() => setItem(each)}
              >
                {words.items[each].menu}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {item === 'guide' ? <FacilitatorGuide /> : null}
      {item === 'cards' ? <ParticipantCards practiceName={practiceName} /> : null}
      {item === 'flowchart' ? <FlowchartHandout /> : null}
      {item === 'quiz' ? <Quiz /> : null}
      {item === 'reflection' ? <ReflectionSheet /> : null}
    </div>
  );
}
