import { h } from '../dom.js';
import type { ViewFactory } from '../view.js';

export const timelineView: ViewFactory = (root) => {
  root.append(h('p', { class: 'unavailable', text: 'Timeline: soon.' }));
  return { update() {}, unmount() {} };
};
