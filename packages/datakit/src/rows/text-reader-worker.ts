/**
 * The text reader's thread (see `text-reader.ts`): reads the texts it is sent with
 * {@link readTextFile} and answers in batches, handing each folded text's buffer over without a
 * copy, then ends.
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readTextFile, type TextFileRead } from './text-file.js';

/** Texts per answer: a message per text would cost more than the copy it saves. */
const BATCH = 64;

const { root, paths } = workerData as { root: string; paths: readonly string[] };
let batch: TextFileRead[] = [];
let transfer: ArrayBuffer[] = [];
for (const path of paths) {
  const read = readTextFile(root, path);
  batch.push(read);
  if ('folded' in read) transfer.push(read.folded.buffer as ArrayBuffer);
  if (batch.length === BATCH) {
    parentPort!.postMessage(batch, transfer);
    batch = [];
    transfer = [];
  }
}
if (batch.length > 0) parentPort!.postMessage(batch, transfer);
