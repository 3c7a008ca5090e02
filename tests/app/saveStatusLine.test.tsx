/** Issue #14, point 5: the conflict alert offers to keep both versions before opening the latest. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SaveStatusLine } from '../../src/app/SaveStatusLine';
import { saveStatusWords } from '../../src/content/home';

describe('SaveStatusLine in a conflict', () => {
  it('says opening the latest replaces this tab, and keeps a copy when asked', async () => {
    const user = userEvent.setup();
    const onKeepCopy = vi.fn(() => Promise.resolve('SM-2026-0007'));
    const onReloadLatest = vi.fn();
    render(<SaveStatusLine status={{ state: 'conflict' }} savesOnThisComputer onReloadLatest={onReloadLatest} onKeepCopy={onKeepCopy} />);
    expect(screen.getByText(saveStatusWords.reloadDiscards)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: saveStatusWords.keepCopy }));
    expect(await screen.findByText(saveStatusWords.keptCopy('SM-2026-0007'))).toBeInTheDocument();
    expect(onKeepCopy).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: saveStatusWords.keepCopy })).toBeNull();
    await user.click(screen.getByRole('button', { name: saveStatusWords.reloadLatest }));
    expect(onReloadLatest).toHaveBeenCalledTimes(1);
  });

  it('says so when the copy cannot be saved, and the button stays', async () => {
    const user = userEvent.setup();
    render(
      <SaveStatusLine
        status={{ state: 'conflict' }}
        savesOnThisComputer
        onReloadLatest={() => undefined}
        onKeepCopy={() => Promise.reject(new Error('full'))}
      />,
    );
    await user.click(screen.getByRole('button', { name: saveStatusWords.keepCopy }));
    expect(await screen.findByText(saveStatusWords.keepCopyFailed)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: saveStatusWords.keepCopy })).toBeInTheDocument();
  });
});
