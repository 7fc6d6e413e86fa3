/**
 * `npm run bridge -- --app-url https://desk.example --key-id dk_… [--listen 0.0.0.0:8081]
 *   [--serial /dev/ttyUSB0[@9600]] [--ami host:5038 --ami-user u] [--state-dir .bridge]
 *   [--gate <device id>=modbus://192.168.1.20:502/1 | --gate <device id>=simulator]`
 * The bridge's secret comes from BRIDGE_SECRET (not the command line, which others can read);
 * the AMI secret from AMI_SECRET.
 */
import { parseArgs } from 'node:util'
import { Bridge } from './standalone'
import { ModbusGate } from '../gate/modbus'
import { SimulatedGate } from '../gate/simulator'

const { values } = parseArgs({
  options: {
    'app-url': { type: 'string' },
    'key-id': { type: 'string' },
    listen: { type: 'string' },
    serial: { type: 'string', multiple: true },
    ami: { type: 'string' },
    gate: { type: 'string', multiple: true },
    'ami-user': { type: 'string' },
    'state-dir': { type: 'string', default: '.bridge' },
  },
})

const fail = (message: string) => {
  console.error(message)
  process.exit(2)
}
const appUrl = values['app-url'] ?? fail('--app-url is required (the app, e.g. https://desk.example)')
const keyId = values['key-id'] ?? process.env.BRIDGE_KEY_ID ?? fail('--key-id is required (issued with POST /devices/<id>/key)')
const secret = process.env.BRIDGE_SECRET ?? fail('BRIDGE_SECRET must hold the bridge key')
const hostPort = (s: string, port: number) => ({ host: s.split(':')[0] || '127.0.0.1', port: Number(s.split(':')[1]) || port })

const bridge = new Bridge({
  appUrl: appUrl!,
  keyId: keyId!,
  secret: secret!,
  stateDir: values['state-dir']!,
  listen: values.listen ? hostPort(values.listen, 8081) : undefined,
  serial: values.serial?.map((s) => ({ path: s.split('@')[0]!, baudRate: Number(s.split('@')[1]) || 9600 })),
  gates: values.gate?.map((g) => {
    const [id, spec] = g.split('=')
    const m = /^modbus:\/\/([^:/]+)(?::(\d+))?(?:\/(\d+))?$/.exec(spec ?? '')
    if (!Number(id) || (!m && spec !== 'simulator')) fail(`--gate ${g}: use <device id>=modbus://host:port/unit or <device id>=simulator`)
    return { id: Number(id), driver: m ? new ModbusGate({ host: m[1]!, port: Number(m[2] ?? 502), unitId: Number(m[3] ?? 1) }) : new SimulatedGate() }
  }),
  ami: values.ami ? { ...hostPort(values.ami, 5038), username: values['ami-user'] ?? '', secret: process.env.AMI_SECRET ?? '' } : undefined,
})

bridge.start().then(
  () => console.log(`bridge running${bridge.address ? `; ZKTeco push at ${bridge.address}/iclock` : ''}; app ${appUrl}`),
  (error) => fail(`bridge failed to start: ${(error as Error).message}`),
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void bridge.stop().then(() => process.exit(0)))
