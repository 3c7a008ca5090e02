import { diagramWords } from '../../content/diagram';

interface Props {
  /** 'column': as wide as the page's column allows, before any button is pressed. */
  readonly scale: number | 'column';
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
}

/** Real buttons with their words on them, so a trainer can size the picture from the keyboard. */
export function ZoomControls({ scale, onZoomIn, onZoomOut, onFit }: Props) {
  return (
    <div
      role="group"
      aria-label={diagramWords.zoomLabel}
      className="no-print"
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center', marginBottom: '0.5rem' }}
    >
      <button type="button" className="button button--secondary" onClick={onZoomOut}>
        {diagramWords.zoomOut}
      </button>
      <button type="button" className="button button--secondary" onClick={onZoomIn}>
        {diagramWords.zoomIn}
      </button>
      <button type="button" className="button button--secondary" onClick={onFit}>
        {diagramWords.fitToScreen}
      </button>
      <span aria-live="polite" className="hint">
        {scale === 'column' ? '' : diagramWords.zoomLevel(Math.round(scale * 100))}
      </span>
    </div>
  );
}
