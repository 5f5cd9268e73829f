export { VietnameseInput } from './vietnamese-input';
