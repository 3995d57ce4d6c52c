import { h } from '../dom.js';
import type { ViewFactory } from '../view.js';

export const articlesView: ViewFactory = (root) => {
  root.append(h('p', { class: 'unavailable', text: 'Articles: soon.' }));
  return { update() {}, unmount() {} };
};
