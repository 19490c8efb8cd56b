/** Pure network helpers: CIDR arithmetic and internet exposure of security group rules and NACL entries. */
export * from './cidr.js';
export * from './exposure.js';
