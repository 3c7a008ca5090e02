/**
 * A second blind measurement of the reply checks (see replyCorpusBlind2.ts, written without sight
 * of the rules; the rules were then tuned on it, so its figures are no longer blind). Run it with
 *
 *   npx vitest run tests/plan/replyCorpusBlind2.test.ts
 */
import { measureBlindCorpus } from './blindCorpusReport';
import { blindCorpus2 } from './replyCorpusBlind2';

measureBlindCorpus('second blind reply corpus', blindCorpus2, { sentences: 160, unsafe: 90, safe: 60 });
