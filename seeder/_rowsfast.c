/* seeder._rowsfast: rows (dicts) turned into columns in one pass in C, for seeder.rows._as_columns.

   columns(rows, names) -> list | None
     rows   a sequence of dicts, as a rule's expand returns them
     names  a tuple of the column names, those of the first row

   Returns one new list per name (in names' order), holding every row's value of that column, when each
   row is a dict (not a subclass) with exactly these keys; None otherwise (seeder.rows then builds the
   columns in Python). 200,000 rows of 15 columns: 136 ns per value in Python's zip(*map(itemgetter)),
   a few here. An optional extension, as seeder._csvfast. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *columns(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *rows, *names;
    if (!PyArg_ParseTuple(args, "OO!", &rows, &PyTuple_Type, &names))
        return NULL;
    PyObject *seq = PySequence_Fast(rows, "columns: rows must be a sequence");
    if (!seq)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq), k = PyTuple_GET_SIZE(names);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    PyObject *out = PyList_New(k);
    if (!out)
        goto fail;
    for (Py_ssize_t j = 0; j < k; j++) {
        PyObject *column = PyList_New(n);
        if (!column)
            goto fail;
        PyList_SET_ITEM(out, j, column);   /* its items NULL until filled: safe to free meanwhile */
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *row = items[i];
        if (!PyDict_CheckExact(row) || PyDict_GET_SIZE(row) != k)
            goto decline;
        for (Py_ssize_t j = 0; j < k; j++) {
            PyObject *value = PyDict_GetItemWithError(row, PyTuple_GET_ITEM(names, j));
            if (!value) {
                if (PyErr_Occurred())
                    goto fail;
                goto decline;
            }
            Py_INCREF(value);
            PyList_SET_ITEM(PyList_GET_ITEM(out, j), i, value);
        }
    }
    Py_DECREF(seq);
    return out;
decline:
    Py_DECREF(out);
    Py_DECREF(seq);
    Py_RETURN_NONE;
fail:
    Py_XDECREF(out);
    Py_DECREF(seq);
    return NULL;
}

static PyMethodDef methods[] = {
    {"columns", columns, METH_VARARGS, "columns(rows, names) -> list | None: the rows' values, column by column."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_rowsfast", NULL, -1, methods};

PyMODINIT_FUNC PyInit__rowsfast(void) {
    return PyModule_Create(&module);
}
