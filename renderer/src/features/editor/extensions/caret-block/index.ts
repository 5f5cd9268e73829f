export { CaretBlock, CARET_BLOCK_CLASS } from './caret-block';
