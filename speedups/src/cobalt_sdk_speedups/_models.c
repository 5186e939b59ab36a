/* build_run: the inner loop of a generated model's `_from_dicts` for a run of items of one shape.
 *
 * A page of records decoded from JSON is, in the usual case, a list of dicts with the same keys in
 * the same order. The generated Python loop checks the first item of a shape (required keys, no
 * unknown keys) and hands the rest of the run to this function: it builds `object.__new__(cls)`
 * with the item (or, when the data is not the model's own, a copy of it) as the instance dict, for
 * every following item whose keys are exactly `shape`, in order, and stops at the first that is
 * not (not a dict, other keys, other order), which the Python loop then handles as it would have.
 *
 * When items of the shape have per-field work (conversions, renames), it is done on each instance
 * dict before the instance is built, in one of two forms:
 * - `work(d)`, a callable: the generated `_do_work`, Python code;
 * - a plan, for data the model owns (just decoded, `owned` true): a tuple of steps, each done in
 *   order when its key is in the dict, which is what the model's `from_dict(d, True)` does with it:
 *     (key, dest, fn, with_owned)  d[dest] = fn(value) (or fn(value, True) when with_owned; the
 *                                  value itself when fn is None), `key` removed when dest differs;
 *     (key, dest, model)           d[dest] = the `model` instance built from the dict `value` here,
 *                                  as `model.from_dict(value, True)` would (its own plan is the class
 *                                  attribute `_cobalt_plan_`: (known keys: a frozenset, required keys: a tuple,
 *                                  steps)),
 *                                  and by calling that when the value is anything else (not an
 *                                  exact dict, unknown or missing keys, no plan).
 *   A nested record (an appointment's `object_metadata`) is then built without Python code.
 * An error raised by the work is the call's.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* 1 when `item` is an exact dict whose keys are the strings of `shape`, in that order. */
static int same_keys(PyObject *item, PyObject *shape) {
    Py_ssize_t n = PyList_GET_SIZE(shape);
    if (!PyDict_CheckExact(item) || PyDict_GET_SIZE(item) != n) return 0;
    Py_ssize_t pos = 0, i = 0;
    PyObject *key, *value;
    while (PyDict_Next(item, &pos, &key, &value)) {
        PyObject *expected = PyList_GET_ITEM(shape, i++);
        if (key == expected) continue; /* the decoder's memoised keys: the usual case */
        if (!PyUnicode_CheckExact(key) || !PyUnicode_CheckExact(expected)) return 0;
        if (PyUnicode_GET_LENGTH(key) != PyUnicode_GET_LENGTH(expected) || PyUnicode_Compare(key, expected) != 0) {
            if (PyErr_Occurred()) PyErr_Clear();
            return 0;
        }
    }
    return 1;
}

/* Strings looked up on every nested model: created once, in the module's exec slot. */
static PyObject *plan_name;      /* "_cobalt_plan_" */
static PyObject *from_dict_name; /* "from_dict" */

/* 1 when instances of `type` are what `object.__new__(cls)` builds, with a writable instance dict set
 * as `instance.__dict__ = d` would set it (no __setattr__ of the class's own). */
static int plain_class(PyTypeObject *type) {
    return type->tp_new == PyBaseObject_Type.tp_new && type->tp_dictoffset != 0 &&
           type->tp_setattro == PyBaseObject_Type.tp_setattro && !(type->tp_flags & Py_TPFLAGS_IS_ABSTRACT);
}

#if PY_VERSION_HEX >= 0x030D0000
static PyObject *dict_name; /* "__dict__" */
#endif

/* A new instance of the plain class `type` with `data` as its __dict__ (a new reference), or NULL:
 * what `object.__new__(type)` then `instance.__dict__ = data` give. Allocated by `tp_alloc` itself,
 * which is all object.__new__ does for such a class besides preparing storage for attributes.
 * On 3.11 and 3.12 that storage is a values array, which setting __dict__ would turn into a dict and
 * drop; an instance that has no storage yet takes the dict as it is (about half the cost of going
 * through __new__). On 3.13 and later attributes live inline in the instance, and
 * PyObject_GenericSetDict left those inline values in place (3.13.0; CPython gh-133912), so reads
 * did not see the dict: there the dict is set through the class's `__dict__` descriptor, as the
 * statement `instance.__dict__ = data` sets it (which marks the inline values unused). */
static PyObject *new_instance(PyTypeObject *type, PyObject *data) {
    PyObject *instance = type->tp_alloc(type, 0);
    if (instance == NULL) return NULL;
#if PY_VERSION_HEX >= 0x030D0000
    int failed = PyObject_GenericSetAttr(instance, dict_name, data) < 0;
#else
    int failed = PyObject_GenericSetDict(instance, data, NULL) < 0;
#endif
    if (failed) {
        Py_DECREF(instance);
        return NULL;
    }
    return instance;
}

static int apply_plan(PyObject *d, PyObject *plan);

/* 1 when the dict `value` is what `from_dict` of the model whose plan is `spec` takes as it is (every
 * key known, every required key there), 0 when not or when `spec` is not a plan, -1 on an error. */
static int fits(PyObject *spec, PyObject *value) {
    if (!PyTuple_CheckExact(spec) || PyTuple_GET_SIZE(spec) != 3) return 0;
    PyObject *known = PyTuple_GET_ITEM(spec, 0), *required = PyTuple_GET_ITEM(spec, 1);
    if (!PyFrozenSet_CheckExact(known) || !PyTuple_CheckExact(required) || !PyTuple_CheckExact(PyTuple_GET_ITEM(spec, 2)))
        return 0;
    Py_ssize_t pos = 0;
    PyObject *key, *item;
    while (PyDict_Next(value, &pos, &key, &item)) {
        /* JSON keys are exact strings: no Python code runs here while `key` is borrowed */
        if (!PyUnicode_CheckExact(key)) return 0;
        int found = PySet_Contains(known, key);
        if (found <= 0) {
            if (found < 0) PyErr_Clear(); /* an unhashable key cannot be a field's: from_dict decides */
            return 0;
        }
    }
    for (Py_ssize_t r = 0; r < PyTuple_GET_SIZE(required); r++) {
        int found = PyDict_Contains(value, PyTuple_GET_ITEM(required, r));
        if (found <= 0) return found;
    }
    return 1;
}

/* The instance of `model` built from the JSON value `value`, which it owns: without Python code when
 * `value` fits the model's plan, else by `model.from_dict(value, True)`. A new reference, or NULL. */
static PyObject *build_model(PyObject *model, PyObject *value) {
    if (PyDict_CheckExact(value) && PyType_Check(model) && plain_class((PyTypeObject *)model)) {
        PyObject *spec = PyObject_GetAttr(model, plan_name);
        if (spec == NULL) {
            if (!PyErr_ExceptionMatches(PyExc_AttributeError)) return NULL;
            PyErr_Clear();
        } else {
            int ok = fits(spec, value);
            if (ok != 0) {
                if (ok > 0 && Py_EnterRecursiveCall(" while building a nested model") == 0) {
                    ok = apply_plan(value, PyTuple_GET_ITEM(spec, 2));
                    Py_LeaveRecursiveCall();
                } else {
                    ok = -1;
                }
                Py_DECREF(spec);
                return ok < 0 ? NULL : new_instance((PyTypeObject *)model, value);
            }
            Py_DECREF(spec);
        }
    }
    return PyObject_CallMethodObjArgs(model, from_dict_name, value, Py_True, NULL);
}

/* Does the steps of `plan` on the owned instance dict `d` (see the top of this file): 0, or -1 on an
 * error (the work's own, or a TypeError for a malformed plan). */
static int apply_plan(PyObject *d, PyObject *plan) {
    if (!PyTuple_CheckExact(plan)) {
        PyErr_SetString(PyExc_TypeError, "build_run: a plan must be a tuple of steps");
        return -1;
    }
    for (Py_ssize_t s = 0; s < PyTuple_GET_SIZE(plan); s++) {
        PyObject *step = PyTuple_GET_ITEM(plan, s);
        Py_ssize_t size = PyTuple_CheckExact(step) ? PyTuple_GET_SIZE(step) : 0;
        if (size != 3 && size != 4) {
            PyErr_SetString(PyExc_TypeError,
                            "build_run: a plan step must be (key, dest, fn, with_owned) or (key, dest, model)");
            return -1;
        }
        PyObject *key = PyTuple_GET_ITEM(step, 0), *dest = PyTuple_GET_ITEM(step, 1);
        PyObject *value = PyDict_GetItemWithError(d, key);
        if (value == NULL) {
            if (PyErr_Occurred()) return -1;
            continue; /* the field is not in this item */
        }
        Py_INCREF(value);
        /* A renamed field's key is removed first, as from_dict's `d.pop(key)`: an error of the
         * conversion then leaves the dict as from_dict leaves it. */
        int renamed = dest == key ? 0 : PyObject_RichCompareBool(dest, key, Py_EQ) == 0;
        if (PyErr_Occurred() || (renamed && PyDict_DelItem(d, key) < 0)) {
            Py_DECREF(value);
            return -1;
        }
        PyObject *done;
        if (size == 3) {
            done = build_model(PyTuple_GET_ITEM(step, 2), value);
        } else {
            PyObject *fn = PyTuple_GET_ITEM(step, 2);
            int with_owned = PyObject_IsTrue(PyTuple_GET_ITEM(step, 3));
            if (with_owned < 0) {
                done = NULL;
            } else if (fn == Py_None) {
                done = Py_NewRef(value);
            } else if (with_owned) {
                PyObject *call_args[2] = {value, Py_True};
                done = PyObject_Vectorcall(fn, call_args, 2, NULL);
            } else {
                done = PyObject_CallOneArg(fn, value);
            }
        }
        Py_DECREF(value);
        if (done == NULL) return -1;
        int failed = PyDict_SetItem(d, dest, done) < 0;
        Py_DECREF(done);
        if (failed) return -1;
    }
    return 0;
}

static PyObject *build_run(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 6 && nargs != 7) {
        PyErr_SetString(PyExc_TypeError, "build_run(cls, items, start, shape, out, owned, work=None) takes 6 or 7 arguments");
        return NULL;
    }
    PyObject *work = nargs == 7 && args[6] != Py_None ? args[6] : NULL;
    int is_plan = work != NULL && PyTuple_CheckExact(work);
    if (work != NULL && !is_plan && !PyCallable_Check(work)) {
        PyErr_SetString(PyExc_TypeError, "build_run: work must be callable, a plan (a tuple) or None");
        return NULL;
    }
    PyObject *cls = args[0], *items = args[1], *shape = args[3], *out = args[4];
    if (!PyType_Check(cls) || !PyList_CheckExact(items) || !PyList_CheckExact(shape) || !PyList_CheckExact(out)) {
        PyErr_SetString(PyExc_TypeError, "build_run: cls must be a type and items, shape and out lists");
        return NULL;
    }
    Py_ssize_t start = PyLong_AsSsize_t(args[2]);
    if (start == -1 && PyErr_Occurred()) return NULL;
    int owned = PyObject_IsTrue(args[5]);
    if (owned < 0) return NULL;
    if (start < 0) {
        PyErr_SetString(PyExc_ValueError, "build_run: start must be >= 0");
        return NULL;
    }
    if (is_plan && !owned) { /* a plan takes nested dicts over: only for data nothing else holds */
        PyErr_SetString(PyExc_ValueError, "build_run: a plan is for owned data only");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)cls;
    if (!plain_class(type)) return PyLong_FromSsize_t(start); /* the Python loop builds them all */
    Py_ssize_t i = start;
    for (; i < PyList_GET_SIZE(items); i++) {
        PyObject *item = PyList_GET_ITEM(items, i);
        if (!same_keys(item, shape)) break;
        PyObject *data = owned ? Py_NewRef(item) : PyDict_Copy(item);
        if (data == NULL) return NULL;
        /* the work may run Python code: `items` may change meanwhile; `data` is held here */
        int failed = 0;
        if (is_plan) {
            failed = apply_plan(data, work) < 0;
        } else if (work != NULL) {
            PyObject *done = PyObject_CallOneArg(work, data);
            failed = done == NULL;
            Py_XDECREF(done);
        }
        PyObject *instance = failed ? NULL : new_instance(type, data);
        Py_DECREF(data);
        if (instance == NULL) return NULL;
        failed = PyList_Append(out, instance) < 0;
        Py_DECREF(instance);
        if (failed) return NULL;
    }
    return PyLong_FromSsize_t(i);
}

PyDoc_STRVAR(build_run_doc,
             "build_run(cls, items, start, shape, out, owned, work=None, /)\n--\n\n"
             "Append object.__new__(cls) with each item as its __dict__ (a copy unless owned) to out, for\n"
             "items[start:] while an item is a dict with exactly the keys of shape in order, doing work on\n"
             "it first (work(d) when callable; the steps of a plan, a tuple, for owned data); return the\n"
             "index of the first item not built.");

static PyMethodDef methods[] = {
    {"build_run", (PyCFunction)(void (*)(void))build_run, METH_FASTCALL, build_run_doc},
    {NULL, NULL, 0, NULL},
};

static int exec_module(PyObject *module) {
    plan_name = PyUnicode_InternFromString("_cobalt_plan_");
    from_dict_name = PyUnicode_InternFromString("from_dict");
    if (plan_name == NULL || from_dict_name == NULL) return -1;
#if PY_VERSION_HEX >= 0x030D0000
    dict_name = PyUnicode_InternFromString("__dict__");
    if (dict_name == NULL) return -1;
#endif
    /* The plan format this module does (see the top of this file); the generated code checks it. */
    if (PyModule_AddIntConstant(module, "PLAN", 1) < 0) return -1;
    /* Whether build_run builds anything on this interpreter (0.3.1 built nothing on 3.13 and later):
     * where it does not, the generated code does not call it at all. */
    return PyModule_AddIntConstant(module, "BUILDS", 1);
}

static PyModuleDef_Slot slots[] = {
    {Py_mod_exec, exec_module},
    {0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "cobalt_sdk_speedups._models",
    "The inner loop of generated models' _from_dicts for runs of items of one shape.", 0, methods, slots,
    NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__models(void) { return PyModuleDef_Init(&module_def); }
