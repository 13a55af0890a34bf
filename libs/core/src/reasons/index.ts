export * from './reasons.js';
export { classifyDescription, foldText } from './classify-description.js';
