// The workshop benchmark's peer (issue 23): a plain in-memory broadcast server of the kind many realtime apps
// start from, on Node's `ws` package. A client joins room <name> by connecting to ws://host:port/r/<name>; every
// text it sends goes at once, on receipt, to every client of its room (the sender too, as Samråd sends its
// followers), wrapped with the room's next sequence number: {"seq":<n>,"input":<the text as sent>}. Nothing is
// stored, nothing acknowledged, nothing replayed on reconnect. On connecting a client gets {"ready":true}.
// PORT (default 0, any free port); prints "listening <port>" once it listens.
'use strict';
const { WebSocketServer, WebSocket } = require('ws');

const rooms = new Map();
const server = new WebSocketServer({ port: Number(process.env.PORT || 0), host: '127.0.0.1', maxPayload: 64 * 1024 });

server.on('connection', (socket, request) => {
  const name = (request.url || '/').replace(/^\/r\//, '');
  let room = rooms.get(name);
  if (!room) {
    room = { seq: 0, members: new Set() };
    rooms.set(name, room);
  }
  room.members.add(socket);
  socket.on('message', (data, isBinary) => {
    if (isBinary) {
      return;
    }
    room.seq += 1;
    const out = '{"seq":' + room.seq + ',"input":' + data.toString() + '}';
    for (const member of room.members) {
      if (member.readyState === WebSocket.OPEN) {
        member.send(out);
      }
    }
  });
  socket.on('close', () => room.members.delete(socket));
  socket.on('error', () => socket.terminate());
  socket.send('{"ready":true}');
});

server.on('listening', () => console.log('listening ' + server.address().port));
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
