/* build_run: the inner loop of a generated model's `_from_dicts` for a run of items of one shape.
 *
 * A page of records decoded from JSON is, in the usual case, a list of dicts with the same keys in
 * the same order. The generated Python loop checks the first item of a shape (required keys, no
 * unknown keys) and hands the rest of the run to this function: it builds `object.__new__(cls)`
 * with the item (or, when the data is not the model's own, a copy of it) as the instance dict, for
 * every following item whose keys are exactly `shape`, in order, and stops at the first that is
 * not (not a dict, other keys, other order), which the Python loop then handles as it would have.
 * When items of the shape have per-field work (conversions, renames), `work(d)` does it on each
 * instance dict before the instance is built; that is the only Python code called, and an error it
 * raises is the call's.
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

static PyObject *build_run(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 6 && nargs != 7) {
        PyErr_SetString(PyExc_TypeError, "build_run(cls, items, start, shape, out, owned, work=None) takes 6 or 7 arguments");
        return NULL;
    }
    PyObject *work = nargs == 7 && args[6] != Py_None ? args[6] : NULL;
    if (work != NULL && !PyCallable_Check(work)) {
        PyErr_SetString(PyExc_TypeError, "build_run: work must be callable or None");
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
    PyTypeObject *type = (PyTypeObject *)cls;
    /* Only what `object.__new__(cls)` builds, with a writable instance dict set as `instance.__dict__ = d`
     * would set it (no __setattr__ of the class's own); else nothing. */
    if (type->tp_new != PyBaseObject_Type.tp_new || type->tp_dictoffset == 0 ||
        type->tp_setattro != PyBaseObject_Type.tp_setattro || (type->tp_flags & Py_TPFLAGS_IS_ABSTRACT)) {
        return PyLong_FromSsize_t(start);
    }
    PyObject *no_args = PyTuple_New(0);
    if (no_args == NULL) return NULL;
    Py_ssize_t i = start;
    for (; i < PyList_GET_SIZE(items); i++) {
        PyObject *item = PyList_GET_ITEM(items, i);
        if (!same_keys(item, shape)) break;
        PyObject *data = owned ? Py_NewRef(item) : PyDict_Copy(item);
        if (data == NULL) goto error;
        if (work != NULL) { /* Python code: `items` may change meanwhile; `data` is held here */
            PyObject *done = PyObject_CallOneArg(work, data);
            if (done == NULL) {
                Py_DECREF(data);
                goto error;
            }
            Py_DECREF(done);
        }
        PyObject *instance = PyBaseObject_Type.tp_new(type, no_args, NULL);
        if (instance == NULL) {
            Py_DECREF(data);
            goto error;
        }
        int failed = PyObject_GenericSetDict(instance, data, NULL);
        Py_DECREF(data);
        if (failed < 0 || PyList_Append(out, instance) < 0) {
            Py_DECREF(instance);
            goto error;
        }
        Py_DECREF(instance);
    }
    Py_DECREF(no_args);
    return PyLong_FromSsize_t(i);
error:
    Py_DECREF(no_args);
    return NULL;
}

PyDoc_STRVAR(build_run_doc,
             "build_run(cls, items, start, shape, out, owned, work=None, /)\n--\n\n"
             "Append object.__new__(cls) with each item as its __dict__ (a copy unless owned; work(d)\n"
             "called on it first unless work is None) to out, for items[start:] while an item is a dict\n"
             "with exactly the keys of shape in order; return the index of the first item not built.");

static PyMethodDef methods[] = {
    {"build_run", (PyCFunction)(void (*)(void))build_run, METH_FASTCALL, build_run_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "cobalt_sdk_speedups._models",
    "The inner loop of generated models' _from_dicts for runs of items of one shape.", 0, methods, NULL,
    NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__models(void) { return PyModuleDef_Init(&module_def); }
