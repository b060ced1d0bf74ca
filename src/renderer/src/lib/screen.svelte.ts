/**
 * The size class of the window: below 1500 CSS px (1280×800 and 1024×768 beamers, laptops
 * scaled to 150 %) toolbars collapse into menus and side lists start closed, so the board
 * and the views get the room.
 */
export const NARROW_QUERY = '(max-width: 1499px)';

class ScreenState {
  narrow = $state(typeof matchMedia === 'function' ? matchMedia(NARROW_QUERY).matches : false);

  constructor() {
    if (typeof matchMedia !== 'function') return;
    matchMedia(NARROW_QUERY).addEventListener('change', (e) => (this.narrow = e.matches));
  }
}

export const screenSize = new ScreenState();
