        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
E        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
T        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
'        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
V        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
M        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
k        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
T        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
D        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
B        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
T        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
D        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
B        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
k        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
T        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
D        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
B        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
'        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
x        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
A        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
I        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
V        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
M        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
R        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
q        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
q        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
q        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
T        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
T        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
O        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
R        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
E        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
K        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
I        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
N        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
D        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
q        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
R        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
E        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
A        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
D        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
A        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
R        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
R        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
V        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
M        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
-        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
>        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
N        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
x        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
-        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
+        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
4        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
x        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
[        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
1        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
0        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
]        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
[        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
T        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
[        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
]        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
]        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
{        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
}        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
F        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
T        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
-        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
>        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
T        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
T        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
+        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
x        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
j        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
-        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
>        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
N        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
-        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
>        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
N        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
-        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
>        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
N        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
q        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
T        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
-        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
>        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
-        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
>        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
N        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
{        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
}        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
h        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
{        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
{        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
{        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
}        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
{        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
}        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
}        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
}        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
[        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
2        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
]        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
>        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
{        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
}        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
F        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
R        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
E        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
A        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
D        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
*        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
*        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
*        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
k        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
*        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
*        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
*        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
k        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
k        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
k        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
V        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
M        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
|        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
N        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
-        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
>        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
k        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
"        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
=        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
R        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
_        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
,        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
#        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
[        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
-        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
v        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
]        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
u        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
q        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
@        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
x        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
b        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
x        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
m        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
g        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
-        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
>        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
A        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
I        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
[        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
S        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
]        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
p        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
d        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
f        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
n        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
y        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
:        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
w        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
a        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
i        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
         for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
t        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
r        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
.        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
c        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
l        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
o        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
s        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
e        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
(        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
)        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))

        for tenant, series in self._written.items():
            await asyncio.to_thread(self._victoria.settle, _all_of(tenant, len(series)))
