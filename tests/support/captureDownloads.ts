import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

/**
 * Downloads caught in jsdom, which has no object URLs and cannot follow a download link: the file
 * names the app asked for and the blobs it made, fresh for each test of the describe it is called in.
 */
export function captureDownloads(objectUrl = 'blob:test/1') {
  const downloads = {
    names: [] as string[],
    createObjectURL: vi.fn((_blob: Blob | MediaSource) => objectUrl) as MockInstance<(blob: Blob | MediaSource) => string>,
  };
  let click: MockInstance<() => void> | undefined;
  beforeEach(() => {
    downloads.names = [];
    downloads.createObjectURL = vi.fn((_blob: Blob | MediaSource) => objectUrl);
    URL.createObjectURL = downloads.createObjectURL as unknown as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.names.push(this.download);
    });
  });
  afterEach(() => {
    click?.mockRestore();
  });
  return downloads;
}
