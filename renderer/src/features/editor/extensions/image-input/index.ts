export { ImageInput, IMAGE_INPUT_KEY, isOnlyAPicture } from './image-input';
export type { ImageInputOptions } from './image-input';
