/**
 * Practice settings as the plan should see them once the practice has adopted its own policy in
 * "Be prepared": the policy exists (so the plan says to review it rather than write one), and its
 * answer on who keeps an eye on what is said online answers the monitoring question. What the
 * settings page records by hand is never overridden, except that an adopted policy always counts.
 * A draft of the next version leaves the version adopted before it in force (policyInForce.ts).
 */
import { policyInForce } from './policyInForce';
import type { SavedPolicy } from './policySchema';
import type { PracticeSettings } from './settingsSchema';

export function settingsWithPolicy(settings: PracticeSettings, policy: SavedPolicy | undefined): PracticeSettings {
  const inForce = policyInForce(policy);
  if (inForce === undefined) return settings;
  const who = inForce.answers['monitoringWho'];
  const monitoring = typeof who !== 'string' ? undefined : who === 'nobody' ? 'no' : 'yes';
  return {
    ...settings,
    socialMediaPolicy: { ...settings.socialMediaPolicy, exists: 'yes' },
    ...(settings.monitoring === undefined && monitoring !== undefined ? { monitoring } : {}),
  };
}
