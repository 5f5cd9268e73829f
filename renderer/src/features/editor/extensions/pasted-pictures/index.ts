export { PastedPictures, PASTED_PICTURES_KEY, type PastedPicturesOptions } from './pasted-pictures';
export * from './data-pictures';
