import { h } from '../dom.js';
import type { ViewFactory } from '../view.js';

export const whatIfView: ViewFactory = (root) => {
  root.append(h('p', { class: 'unavailable', text: 'What-if scenarios are not available on this server yet.' }));
  return { update() {}, unmount() {} };
};
