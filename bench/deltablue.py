# A one-way constraint solver in the shape of DeltaBlue: variables linked by
# constraints of different strengths; adding an edit constraint re-plans the
# chain and executes the plan.  Dominated by small objects and method calls.
REQUIRED, STRONG, MEDIUM, WEAK = 0, 1, 2, 3


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAK
        self.stay = True
        self.mark = 0


class Constraint:
    def __init__(self, strength):
        self.strength = strength
        self.satisfied = False

    def stronger(self, a, b):
        return a < b


class StayConstraint(Constraint):
    def __init__(self, v, strength):
        Constraint.__init__(self, strength)
        self.output = v
        v.constraints.append(self)

    def inputs(self):
        return ()

    def execute(self):
        pass


class EditConstraint(StayConstraint):
    def __init__(self, v, strength):
        StayConstraint.__init__(self, v, strength)
        self.new_value = None

    def execute(self):
        if self.new_value is not None:
            self.output.value = self.new_value


class ScaleConstraint(Constraint):
    def __init__(self, src, scale, offset, dest, strength):
        Constraint.__init__(self, strength)
        self.src = src
        self.scale = scale
        self.offset = offset
        self.output = dest
        src.constraints.append(self)
        dest.constraints.append(self)

    def inputs(self):
        return (self.src,)

    def execute(self):
        self.output.value = self.src.value * self.scale + self.offset


class EqualityConstraint(ScaleConstraint):
    def __init__(self, a, b, strength):
        ScaleConstraint.__init__(self, a, 1, 0, b, strength)


class Planner:
    def __init__(self):
        self.mark = 0

    def new_mark(self):
        self.mark += 1
        return self.mark

    def satisfy(self, c, mark):
        out = c.output
        if out.determined_by is not None and not c.stronger(c.strength, out.determined_by.strength):
            c.satisfied = False
            return None
        for v in c.inputs():
            if v.mark == mark:
                raise RuntimeError("cycle")
        old = out.determined_by
        if old is not None:
            old.satisfied = False
        out.determined_by = c
        c.satisfied = True
        out.walk_strength = c.strength
        out.mark = mark
        return old

    def plan_from(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop()
            if c.output.mark != mark and all(v.mark == mark or v.determined_by is None
                                             or v.determined_by.satisfied for v in c.inputs()):
                plan.append(c)
                c.output.mark = mark
                for d in c.output.constraints:
                    if d is not c and d.satisfied and d.output is not c.output:
                        todo.append(d)
        return plan

    def add(self, c):
        self.satisfy(c, self.new_mark())

    def remove(self, c):
        if c.satisfied:
            c.output.determined_by = None
            c.satisfied = False
        c.output.constraints.remove(c)


def chain_test(n):
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        planner.add(EqualityConstraint(variables[i], variables[i + 1], REQUIRED))
    planner.add(StayConstraint(variables[n], STRONG))
    edit = EditConstraint(variables[0], REQUIRED)
    planner.add(edit)
    plan = planner.plan_from([edit])
    for value in range(100):
        edit.new_value = value
        for c in plan:
            c.execute()
        if variables[n].value != value:
            raise RuntimeError("chain test failed")
    planner.remove(edit)
    return variables[n].value


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    cons = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        planner.add(StayConstraint(src, MEDIUM))
        c = ScaleConstraint(src, 10, 1000, dst, REQUIRED)
        planner.add(c)
        cons.append(c)
    total = 0
    for c in cons:
        c.execute()
    for d in dests:
        total += d.value
    edit = EditConstraint(src, REQUIRED)
    planner.add(edit)
    plan = planner.plan_from([edit] + cons)
    for v in (17, 5050):
        edit.new_value = v
        for c in plan:
            c.execute()
        total += dst.value
    return total


result = 0
for _ in range(40):
    result += chain_test(200) + projection_test(200)
print(result)
