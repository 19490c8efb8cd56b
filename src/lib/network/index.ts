/** Pure network helpers: CIDR arithmetic, address sets, port families and the internet exposure judgement. */
export * from './cidr.js';
export * from './address-set.js';
export * from './exposure.js';
export * from './ports.js';
export * from './reachability.js';
