/* global window, document, Konva */
/**
 * P2 baseline: raw Konva drawing the same number of card-like shapes as the board
 * (a group of background, colour stripe, title and a second text line per card) on a
 * 1920×1080 stage, one card draggable. Loaded into about:blank with konva.min.js.
 */
window.__konvaBaseline = (count, width, height) => {
  const box = document.createElement('div');
  box.id = 'stage';
  document.body.style.margin = '0';
  document.body.appendChild(box);
  const stage = new Konva.Stage({ container: 'stage', width, height });
  const layer = new Konva.Layer();
  stage.add(layer);
  const cardW = 220;
  const cardH = 132;
  const gap = 12;
  const cols = Math.max(1, Math.ceil(Math.sqrt((count * (cardH + gap) * width) / ((cardW + gap) * height))));
  const rows = Math.ceil(count / cols);
  const scale = Math.min(1, width / (cols * (cardW + gap) + gap), height / (rows * (cardH + gap) + gap));
  stage.scale({ x: scale, y: scale });
  const colors = ['#1971c2', '#2f9e44', '#e8590c', '#9c36b5', '#f08c00', '#0c8599'];
  let first = null;
  for (let i = 0; i < count; i++) {
    const g = new Konva.Group({ x: gap + (i % cols) * (cardW + gap), y: gap + Math.floor(i / cols) * (cardH + gap), draggable: true });
    g.add(new Konva.Rect({ width: cardW, height: cardH, fill: '#ffffff', stroke: '#ced4da', strokeWidth: 1, cornerRadius: 6 }));
    g.add(new Konva.Rect({ width: 8, height: cardH, fill: colors[i % colors.length], cornerRadius: [6, 0, 0, 6] }));
    g.add(new Konva.Text({ x: 16, y: 12, width: cardW - 28, text: `Touchpoint ${i + 1} mit einem längeren Titel`, fontSize: 18, fontStyle: 'bold', fill: '#212529', wrap: 'word', ellipsis: true, height: 70 }));
    g.add(new Konva.Text({ x: 16, y: cardH - 30, width: cardW - 28, text: 'Vertrieb/Filiale · direkt', fontSize: 14, fill: '#495057' }));
    g.on('dragstart', () => g.moveToTop());
    layer.add(g);
    if (!first) first = g;
  }
  layer.draw();
  const r = first.getClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2, scale };
};
