/** The settings and policy stores load their code when first used, and are made only once. */
import { describe, expect, it, vi } from 'vitest';
import { lazyPolicyStore, lazySettingsStore } from '../../src/record/lazyStores';
import { newPolicy } from '../../src/record/policySchema';
import { memoryPolicyStore } from '../../src/record/policyStore';
import { defaultSettings } from '../../src/record/settingsSchema';
import { memorySettingsStore } from '../../src/record/settingsStore';

describe('stores made when first used', () => {
  it('makes nothing until used, then one store that keeps what was saved', async () => {
    const make = vi.fn(async () => memorySettingsStore());
    const settings = lazySettingsStore(make);
    expect(make).not.toHaveBeenCalled();
    await settings.save({ ...defaultSettings, practiceName: 'Riverside Surgery' });
    expect((await settings.load()).settings.practiceName).toBe('Riverside Surgery');
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('does the same for the policy', async () => {
    const make = vi.fn(async () => memoryPolicyStore());
    const policy = lazyPolicyStore(make);
    expect(make).not.toHaveBeenCalled();
    await policy.save({ ...newPolicy(), answers: { incidentLead: 'practiceManager' } });
    expect((await policy.load()).policy?.answers).toEqual({ incidentLead: 'practiceManager' });
    expect(make).toHaveBeenCalledTimes(1);
  });
});
