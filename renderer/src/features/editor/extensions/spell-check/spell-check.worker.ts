/// <reference lib="webworker" />
// The package exports only a Node loader that reads these files with fs; the bundle takes the
// two text files themselves (Hunspell affix and word list, 40 kB), so the worker needs no fetch.
import aff from '../../../../../../node_modules/dictionary-vi/index.aff?raw';
import dic from '../../../../../../node_modules/dictionary-vi/index.dic?raw';
import { createSpellChecker } from './spell-checker';
import { answer, type SpellRequest } from './spell-service';

const checker = createSpellChecker({ aff, dic });

self.onmessage = (event: MessageEvent<SpellRequest>) => {
  self.postMessage(answer(checker, event.data));
};
