"""A gate controller on a Modbus TCP relay board, served by Debian's pymodbus (python3-pymodbus).

The Modbus server is pymodbus's own; the loop below only plays the gate motor wired to the board:
a pulse on coil 0 (OPEN) / 1 (CLOSE) runs the motor (discrete input 2) for TRAVEL seconds, then the
fully-open (input 0) or fully-closed (input 1) limit switch closes; coil 2 (STOP) stops it half-way.
Usage: /usr/bin/python3 modbus_gate.py PORT [TRAVEL_SECONDS]
"""
import asyncio
import os
import signal
import sys

from pymodbus.datastore import ModbusSequentialDataBlock, ModbusServerContext, ModbusSlaveContext
from pymodbus.server import StartAsyncTcpServer

PORT = int(sys.argv[1])
TRAVEL = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0

store = ModbusSlaveContext(
    di=ModbusSequentialDataBlock(0, [0, 1, 0, 0, 0, 0, 0, 0]),
    co=ModbusSequentialDataBlock(0, [0] * 8),
    zero_mode=True,
)
context = ModbusServerContext(slaves=store, single=True)


async def motor():
    moving_until = None
    target = None
    while True:
        await asyncio.sleep(0.05)
        coils = store.getValues(1, 0, count=3)
        inputs = store.getValues(2, 0, count=3)
        now = asyncio.get_event_loop().time()
        if coils[2]:
            moving_until = None
            inputs = [0, 0, 0]
        elif coils[0] and target != "open":
            target, moving_until, inputs = "open", now + TRAVEL, [0, 0, 1]
        elif coils[1] and target != "closed":
            target, moving_until, inputs = "closed", now + TRAVEL, [0, 0, 1]
        if moving_until is not None and now >= moving_until:
            moving_until = None
            inputs = [1, 0, 0] if target == "open" else [0, 1, 0]
        if not any(coils):
            target = target if moving_until is not None else None
        store.setValues(2, 0, inputs)


async def main():
    server = await StartAsyncTcpServer(context=context, address=("127.0.0.1", PORT), defer_start=True, allow_reuse_address=True)
    asyncio.ensure_future(motor())
    serving = asyncio.ensure_future(server.serve_forever())
    while server.server is None and not serving.done():
        await asyncio.sleep(0.02)
    if serving.done():
        serving.result()  # raises the bind error
    print("ready", flush=True)
    await serving


signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
asyncio.run(main())
