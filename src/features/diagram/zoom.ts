/**
 * How big the picture is drawn. Full size keeps the words readable from the back of a room;
 * "Fit to screen" shows the whole flow at once on a projector, with the path still marked.
 */
export const zoomLimits = { min: 0.2, max: 2, step: 1.25 } as const;

interface Size {
  readonly width: number;
  readonly height: number;
}

function clamp(scale: number): number {
  return Math.min(zoomLimits.max, Math.max(zoomLimits.min, scale));
}

/** Rounded to a whole percent, so repeated steps land back on 100%. */
function tidy(scale: number): number {
  return Math.round(clamp(scale) * 100) / 100;
}

export function zoomedIn(scale: number): number {
  return tidy(scale * zoomLimits.step);
}

export function zoomedOut(scale: number): number {
  return tidy(scale / zoomLimits.step);
}

/** The largest scale at which the whole drawing fits in `room` (never above full size). */
export function fitScale(drawing: Size, room: Size): number {
  if (room.width <= 0 || room.height <= 0) return 1;
  return Math.floor(Math.min(1, room.width / drawing.width, room.height / drawing.height) * 100) / 100;
}

/** The largest scale at which the drawing is as wide as `width` at most (never above full size). */
export function fitWidthScale(drawing: Size, width: number): number {
  return width <= 0 ? 1 : Math.floor(Math.min(1, width / drawing.width) * 100) / 100;
}
