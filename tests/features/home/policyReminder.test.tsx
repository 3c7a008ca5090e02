/** Issue 17: the home screen reminds the practice when its adopted policy is due for review. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { home } from '../../../src/content/home';
import { policyUi } from '../../../src/content/policyUi';
import { newPolicy, type SavedPolicy } from '../../../src/record/policySchema';
import { memoryPolicyStore } from '../../../src/record/policyStore';
import { memoryStorage, renderHome } from '../../support/renderApp';

const adopted = (reviewBy: string): SavedPolicy => ({ ...newPolicy(), status: 'adopted', adoptedOn: '2020-01-01', reviewBy });

function storageWith(policy: SavedPolicy | undefined) {
  return { ...memoryStorage(), policy: memoryPolicyStore(policy) };
}

describe('the policy review reminder', () => {
  it('shows once the review date has passed, and leads to the policy', async () => {
    const { user } = await renderHome(storageWith(adopted('2021-01-01')));
    const heading = await screen.findByRole('heading', { level: 2, name: home.policyReview.heading });
    expect(heading.closest('section')).toHaveTextContent(home.policyReview.text('1 January 2021'));
    await user.click(screen.getByRole('button', { name: home.policyReview.open }));
    expect(await screen.findByRole('heading', { level: 1, name: policyUi.title })).toBeInTheDocument();
  });

  it.each([
    ['no policy', undefined],
    ['a draft', newPolicy()],
    ['an adopted policy not yet due', adopted('2999-01-01')],
  ])('does not show for %s', async (_, policy) => {
    await renderHome(storageWith(policy));
    await screen.findByRole('heading', { level: 2, name: home.openHeading });
    expect(screen.queryByRole('heading', { name: home.policyReview.heading })).toBeNull();
  });
});
