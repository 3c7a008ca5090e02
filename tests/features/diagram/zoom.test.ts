import { describe, expect, it } from 'vitest';
import { fitScale, fitWidthScale, zoomedIn, zoomedOut, zoomLimits } from '../../../src/features/diagram/zoom';

const drawing = { width: 1000, height: 2000 };

describe('the diagram zoom', () => {
  it('fits the whole drawing in the room, by whichever side is tighter, never above full size', () => {
    expect(fitScale(drawing, { width: 1000, height: 700 })).toBe(0.35);
    expect(fitScale(drawing, { width: 300, height: 2000 })).toBe(0.3);
    expect(fitScale(drawing, { width: 5000, height: 5000 })).toBe(1);
    // Not measured (no layout, as in jsdom): left at full size rather than shrunk to nothing.
    expect(fitScale(drawing, { width: 0, height: 700 })).toBe(1);
    expect(fitWidthScale(drawing, 740)).toBe(0.74);
    expect(fitWidthScale(drawing, 1200)).toBe(1);
  });

  it('steps in and out within its limits, and back to where it was', () => {
    expect(zoomedIn(1)).toBe(1.25);
    expect(zoomedOut(zoomedIn(1))).toBe(1);
    expect(zoomedIn(zoomLimits.max)).toBe(zoomLimits.max);
    expect(zoomedOut(zoomLimits.min)).toBe(zoomLimits.min);
    expect(zoomedOut(0.4)).toBe(0.32);
  });
});
