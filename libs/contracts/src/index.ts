export * from './enums.js';
export * from './queue-settings.js';
export * from './events.js';
export * from './parse-event.js';
