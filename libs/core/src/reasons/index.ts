export * from './reasons.js';
export { classifyDescription, foldText } from './classify-description.js';
export * from './carrier-code-defaults.js';
export * from './event-reason.js';
