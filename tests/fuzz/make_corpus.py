#!/usr/bin/env python3
"""Writes the seed corpora in tests/fuzz/corpus/<target>/ (run from anywhere; the files are committed).

The seeds are valid or nearly valid inputs, so the fuzzers start deep inside the code they test.
fuzz_mutation inputs are: mutation name, a 0 byte, the actor byte (0 system, 1 owner, 2 admin, 3 member,
4 other member; user ids 1-4 in the scratch store), then the CBOR args map. The scratch store
(tests/fuzz/FuzzStore.cpp) has department 1, group g1 with messages m1 and m2, todo t1, board b1 with
columns k1 and k2 and card c1, and approval a1 (general, waiting for the owner and the admin).
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def head(major, n):
    if n < 24:
        return bytes([major << 5 | n])
    if n < 0x100:
        return bytes([major << 5 | 24, n])
    if n < 0x10000:
        return bytes([major << 5 | 25]) + struct.pack(">H", n)
    if n < 0x100000000:
        return bytes([major << 5 | 26]) + struct.pack(">I", n)
    return bytes([major << 5 | 27]) + struct.pack(">Q", n)


def cbor(v):
    if v is True:
        return b"\xf5"
    if v is False:
        return b"\xf4"
    if isinstance(v, int):
        return head(0, v) if v >= 0 else head(1, -1 - v)
    if isinstance(v, str):
        b = v.encode("utf-8")
        return head(3, len(b)) + b
    if isinstance(v, bytes):
        return head(2, len(v)) + v
    if isinstance(v, list):
        return head(4, len(v)) + b"".join(cbor(x) for x in v)
    if isinstance(v, dict):
        return head(5, len(v)) + b"".join(cbor(k) + cbor(x) for k, x in v.items())
    raise TypeError(v)


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


MUTATIONS = {
    "conv.create": {"id": "g2", "title": "Launch", "members": [2, 3]},
    "conv.rename": {"conversation": "g1", "title": "Renamed"},
    "dept.create": {"name": "Ops", "parent": 1, "manager": 2},
    "dept.update": {"department": 1, "name": "Sales EMEA", "manager": 0},
    "dept.remove": {"department": 1},
    "ding.confirm": {"message": "m1"},
    "ding.send": {"message": "m1", "users": [2, 3]},
    "dm.open": {"user": 2},
    "member.add": {"conversation": "g1", "users": [4]},
    "member.remove": {"conversation": "g1", "user": 3},
    "member.role": {"conversation": "g1", "user": 2, "role": "admin"},
    "msg.edit": {"message": "m1", "text": "edited"},
    "msg.recall": {"message": "m2"},
    "msg.send": {"conversation": "g1", "id": "m9", "text": "hello 你好 مرحبا"},
    "read": {"conversation": "g1", "upto": 2},
    "session.revoke": {"others": True},
    "calendar.reset": {},
    "user.create": {"login": "newbie", "name": "New Person", "title": "Engineer", "employee_id": "E-1",
                    "phone": "+86 (10) 5555-0100", "email": "new@example.com", "departments": [1],
                    "manager": 1, "password": "long enough password"},
    "user.update": {"user": 3, "name": "Member", "phone": "123 456", "email": "m@example.org",
                    "on_leave": True, "departments": [1], "manager": 1},
    "user.deactivate": {"user": 3},
    "user.reactivate": {"user": 3},
    "user.role": {"user": 3, "role": "admin"},
    "approval.submit": {"id": "a2", "template": "leave", "values": {
        "type": "annual", "reason": "Family visit",
        "period": {"from": "2026-11-23", "from_half": "am", "to": "2026-11-25", "to_half": "pm"}}},
    "approval.act": {"approval": "a1", "action": "approve", "version": 1, "comment": "ok"},
    "approval.template.put": {"template": {"key": "custom", "name": "Custom", "fields": [
        {"key": "what", "label": "What", "kind": "text", "required": True}]}},
    "approval.role.put": {"role": "finance", "users": [2, 3]},
    "todo.create": {"id": "t9", "title": "Prepare slides", "notes": "for Monday", "assignees": [3], "due": 1700003600000,
                    "remind": 1700000000000, "priority": 2, "labels": ["work"],
                    "checklist": [{"text": "outline", "done": False}], "message": "m1"},
    "todo.update": {"todo": "t1", "title": "Call back today", "assignees": [3, 4], "priority": 1,
                    "checklist": [{"text": "number", "done": True}]},
    "todo.done": {"todo": "c1", "done": True},
    "todo.move": {"todo": "c1", "column": "k2", "order": "V"},
    "todo.delete": {"todo": "t1"},
    "board.create": {"id": "b9", "title": "Roadmap", "members": [2, 3],
                     "columns": [{"id": "k8", "title": "Next", "wip": 3}, {"id": "k9", "title": "Later"}]},
    "board.update": {"board": "b1", "title": "Launch v2"},
    "board.member.add": {"board": "b1", "users": [4]},
    "board.member.remove": {"board": "b1", "user": 3},
    "column.create": {"board": "b1", "id": "k3", "title": "Review", "wip": 2, "order": "a"},
    "column.update": {"column": "k1", "title": "Backlog", "wip": 5},
    "column.move": {"column": "k2", "order": "0V"},
    "column.delete": {"column": "k1"},
}

for name, args in MUTATIONS.items():
    for actor in (1, 3):
        write("fuzz_mutation", f"{name}-{actor}", name.encode() + b"\0" + bytes([actor]) + cbor(args))
write("fuzz_mutation", "session.revoke-id-1", b"session.revoke\0\x01" + cbor({"session": "0123456789abcdef"}))
write("fuzz_mutation", "msg.send-long-3", b"msg.send\0\x03" + cbor({"conversation": "g1", "id": "x" * 64,
                                                                      "text": "y" * 10001}))

FRAMES = {
    "login": {"type": "login", "id": 1, "login": "wangfang", "password": "tack-demo", "device": "laptop"},
    "hello": {"type": "hello", "id": 2, "version": 1, "token": "9f" * 32, "client": "tack/0.1"},
    "fetch": {"type": "fetch", "id": 3, "stream": "c/sales", "after": 97, "limit": 1000},
    "mutate": {"type": "mutate", "id": 4, "client": "k3abcdefgh", "mutation": 12, "name": "msg.send",
               "args": {"conversation": "sales", "id": "0b1c", "text": "Numbers are in"}},
    "ack": {"type": "ack", "id": 4, "result": {"seq": 121}},
    "error": {"type": "error", "id": 0, "code": "rate_limited", "message": "slow down", "retryable": True,
              "retry_after": 3},
    "events": {"type": "events", "events": [{"stream": "c/sales", "seq": 121, "kind": "msg.new", "at": 1,
                                             "by": 7, "data": {"message": {"id": "0b1c", "text": "hi"}}}]},
}
for name, frame in FRAMES.items():
    write("fuzz_frame", name, cbor(frame))
write("fuzz_frame", "not-a-map", cbor([1, 2, 3]))
write("fuzz_frame", "trailing", cbor({"type": "ping", "id": 9}) + b"\x00")

CSV = {
    "simple": b"a,b,c\r\n1,2,3\r\n",
    "quoted": b'name,note\r\n"Li, Xiao","said ""hi""\r\nthen left"\r\n',
    "bom-lf": b"\xef\xbb\xbfcol\n\xe5\xbc\xa0\xe4\xbc\x9f\n\n",
    "unterminated": b'a,"b\r\n',
}
for name, data in CSV.items():
    write("fuzz_csv", name, data)

PEOPLE = (b"employee_id,login,name,title,departments,manager,phone,email,role,active\r\n"
          b"XH9100,lixiao,Li Xiao,Engineer,Sales,,+86 10 5555,li@example.com,member,yes\r\n"
          b"XH9101,wangwu,\xe7\x8e\x8b\xe4\xba\x94,,Sales;Sales/North,XH9100,,,admin,\r\n")
DEPTS = b"path,manager\r\nSales,\r\nSales/North,XH9100\r\nR&D/\xe5\x89\x8d\xe7\xab\xaf,\r\n"
write("fuzz_org_csv", "people-dry", b"\x00" + PEOPLE)
write("fuzz_org_csv", "people-real", b"\x01" + PEOPLE)
write("fuzz_org_csv", "departments-real", b"\x01" + DEPTS)
write("fuzz_org_csv", "departments-dry", b"\x00" + DEPTS)
write("fuzz_org_csv", "bad-header", b"\x00employee_id,shoe_size\r\nX1,42\r\n")

# fuzz_approval_form: byte 0 is mode + 3 * template (0 leave, 1 overtime, 2 expense, 3 missed punch,
# 4 general). Mode 1 seeds (whole templates) come from the fuzzer itself: run it once with
# TACK_FUZZ_SEED_DIR=tests/fuzz/corpus/fuzz_approval_form and -runs=0.
LEAVE = {"type": "annual", "reason": "Family visit",
         "period": {"from": "2026-11-23", "from_half": "am", "to": "2026-11-25", "to_half": "pm"}}
write("fuzz_approval_form", "values-leave", bytes([0]) + cbor(LEAVE))
write("fuzz_approval_form", "values-leave-backwards", bytes([0]) + cbor(
    {"type": "sick", "reason": "x", "period": {"from": "2026-11-25", "from_half": "pm", "to": "2026-11-23",
                                               "to_half": "am"}}))
write("fuzz_approval_form", "values-expense", bytes([6]) + cbor(
    {"items": [{"amount": {"amount": 123450, "currency": "CNY"}, "description": "Taxi"}], "reason": "Trip"}))
for i, text in enumerate(["1,234.50", "-0.05", "2026-11-23pm..2026-11-25am", "a,b", "12", "1,23.4", "9" * 30]):
    write("fuzz_approval_form", f"text-{i}", bytes([2 + 3 * (i % 5)]) + text.encode())

# fuzz_order_key: lower bound, a 0 byte, upper bound (empty: an open end).
for i, (lo, hi) in enumerate([(b"", b""), (b"V", b""), (b"", b"V"), (b"V", b"W"), (b"V", b"V0001"), (b"a", b"a1"),
                              (b"zzzz", b""), (b"1", b"2"), (b"V", b"V"), (b"W", b"V"), (b"0", b"")]):
    write("fuzz_order_key", f"bounds-{i}", lo + b"\0" + hi)
