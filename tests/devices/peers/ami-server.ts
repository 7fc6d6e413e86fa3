/**
 * A scripted Asterisk Manager Interface peer on loopback, speaking AMI's wire format (banner line,
 * CRLF-separated "Key: Value" lines, a blank line per message, ActionID echo, event lists). It keeps
 * an AstDB for DBPut/DBDel/DBGet, records MixMonitor actions, and lets the test emit call events.
 */
import net from 'node:net'

type Message = Record<string, string>
const format = (m: Message) => Object.entries(m).map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n\r\n'
const parse = (block: string): Message =>
  Object.fromEntries(block.split('\r\n').map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]).filter(([k]) => k))

export class AmiServer {
  readonly db = new Map<string, string>()
  readonly actions: Message[] = []
  /** Make DBGet answer something else than what was stored (a PBX that did not take the change). */
  breakReadBack = false
  private clients = new Set<net.Socket>()
  private server = net.createServer((socket) => this.accept(socket))
  port = 0

  /** The connections logged in now (each would get every call event). */
  get loggedIn() {
    return this.clients.size
  }

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.port = (this.server.address() as net.AddressInfo).port
    return this
  }

  private accept(socket: net.Socket) {
    let buffer = ''
    let loggedIn = false
    socket.setEncoding('utf8')
    socket.write('Asterisk Call Manager/5.0.1\r\n')
    socket.on('error', () => {})
    socket.on('close', () => this.clients.delete(socket))
    socket.on('data', (chunk: string) => {
      buffer += chunk
      let end: number
      while ((end = buffer.indexOf('\r\n\r\n')) >= 0) {
        const m = parse(buffer.slice(0, end))
        buffer = buffer.slice(end + 4)
        this.actions.push(m)
        const id = m.ActionID ?? ''
        const reply = (fields: Message) => socket.write(format({ Response: 'Success', ActionID: id, ...fields }))
        const error = (message: string) => socket.write(format({ Response: 'Error', ActionID: id, Message: message }))
        if (m.Action === 'Login') {
          if (m.Username === 'desk' && m.Secret === 'amisecret') {
            loggedIn = true
            this.clients.add(socket)
            reply({ Message: 'Authentication accepted' })
            socket.write(format({ Event: 'FullyBooted', Privilege: 'system,all', Status: 'Fully Booted' }))
          } else error('Authentication failed')
          continue
        }
        if (!loggedIn) {
          error('Permission denied')
          continue
        }
        const key = `${m.Family}/${m.Key}`
        switch (m.Action) {
          case 'Ping':
            reply({ Ping: 'Pong', Timestamp: String(Date.now() / 1000) })
            break
          case 'DBPut':
            this.db.set(key, m.Val ?? '')
            reply({ Message: 'Updated database successfully' })
            break
          case 'DBDel':
            if (this.db.delete(key)) reply({ Message: 'Key deleted successfully' })
            else error('Database entry not found')
            break
          case 'DBGet': {
            const value = this.breakReadBack ? '10086' : this.db.get(key)
            if (value === undefined) error('Database entry not found')
            else {
              reply({ EventList: 'start', Message: 'Result will follow' })
              socket.write(format({ Event: 'DBGetResponse', Family: m.Family!, Key: m.Key!, Val: value, ActionID: id }))
              socket.write(format({ Event: 'DBGetComplete', ActionID: id, EventList: 'Complete', ListItems: '1' }))
            }
            break
          }
          case 'MixMonitor':
            reply({})
            break
          case 'Logoff':
            socket.end(format({ Response: 'Goodbye', ActionID: id, Message: 'Thanks for all the fish.' }))
            break
          default:
            error('Invalid/unknown command')
        }
      }
    })
  }

  emit(event: Message) {
    for (const c of this.clients) c.write(format({ Privilege: 'call,all', ...event }))
  }

  /** An incoming call from `caller` ringing the desk extension; returns its Linkedid. */
  ring(caller: string, exten = '8001') {
    const id = `${Math.floor(Date.now() / 1000)}.${Math.floor(Math.random() * 1000)}`
    this.emit({ Event: 'Newchannel', Channel: 'PJSIP/trunk-00000001', CallerIDNum: caller, Uniqueid: id, Linkedid: id, Exten: exten })
    this.emit({
      Event: 'DialBegin', Channel: 'PJSIP/trunk-00000001', CallerIDNum: caller, CallerIDName: '<unknown>', Uniqueid: id, Linkedid: id,
      DestChannel: `PJSIP/${exten}-00000002`, DestCallerIDNum: exten, DestExten: exten, DestUniqueid: `${id}1`, DestLinkedid: id, DialString: exten,
    })
    return id
  }

  answer(id: string, exten = '8001') {
    this.emit({ Event: 'DialEnd', Channel: 'PJSIP/trunk-00000001', Uniqueid: id, Linkedid: id, DestChannel: `PJSIP/${exten}-00000002`, DestExten: exten, DialStatus: 'ANSWER' })
  }

  hangup(id: string, answered: boolean, exten = '8001') {
    if (!answered) this.emit({ Event: 'DialEnd', Channel: 'PJSIP/trunk-00000001', Uniqueid: id, Linkedid: id, DestChannel: `PJSIP/${exten}-00000002`, DialStatus: 'NOANSWER' })
    this.emit({ Event: 'Hangup', Channel: `PJSIP/${exten}-00000002`, Uniqueid: `${id}1`, Linkedid: id, Cause: '16', 'Cause-txt': 'Normal Clearing' })
    this.emit({ Event: 'Hangup', Channel: 'PJSIP/trunk-00000001', Uniqueid: id, Linkedid: id, Cause: '16', 'Cause-txt': 'Normal Clearing' })
  }

  async stop() {
    for (const c of this.clients) c.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
