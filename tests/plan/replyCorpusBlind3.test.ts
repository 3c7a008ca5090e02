/**
 * A third blind measurement of the reply checks (see replyCorpusBlind3.ts, written on 30 November
 * 2026 without sight of the rules, the checks or the other corpora, after the second set had been
 * tuned on). The rules have not been changed for it, so these figures are the honest ones. Run it with
 *
 *   npx vitest run tests/plan/replyCorpusBlind3.test.ts
 */
import { measureBlindCorpus } from './blindCorpusReport';
import { blindCorpus3 } from './replyCorpusBlind3';

measureBlindCorpus('third blind reply corpus', blindCorpus3, { sentences: 200, unsafe: 110, safe: 80 });
