import { WizardContext } from '../../components/wizardContext';
import { replyVariantFor } from '../../plan/replyVariant';
import { usePracticeSettings } from '../../record/settingsContext';
import { defaultSettings } from '../../record/settingsSchema';
import { ReplyBuilder } from './ReplyBuilder';

/**
 * The reply builder on the wizard's "How to reply" screen: the kind of reply from the answers,
 * and the practice's contact route and staff names from its settings (standard settings until
 * they have loaded, so the screen never waits on storage).
 */
export function ReplyStep() {
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const settings = usePracticeSettings() ?? defaultSettings;
  return <ReplyBuilder variant={replyVariantFor(answers)} settings={settings} />;
}
