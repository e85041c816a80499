/* seeder.values._fitfast: a whole column checked (and Decimals rounded) in one pass in C.

   fit(values, spec) -> list | None
     values  a sequence (list, tuple)
     spec    (kind, low, high, length, members, quantize, quantum, unit, bools), made once per column by
             seeder.values.fitcolumn: kind 'i' int, 's' str of at most length characters, 'e' str in
             members (a frozenset), 'd' Decimal rounded by quantize(value, quantum) (a context's bound
             method) unless it already has quantum's exponent, 't' naive datetime (its microseconds cut
             to a multiple of unit), 'D' date; low and high are the bounds (None for strings); bools:
             whether True and False fit an int column.

   Returns a new list of the values as they go to the server (None kept; bools as ints; ints and finite
   floats in a Decimal column as Decimals, a float by its repr, as seeder.values.convert.as_decimal; every
   Decimal rounded; datetimes cut to the column's fraction) when every value is of the kind, of an exact
   type, and within the bounds. Returns None otherwise: seeder.values.fitcolumn's Python pass then
   decides, so this is only ever a faster way to the same list (tests/unit/test_fitfast.py). An optional
   extension, as seeder._csvfast. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <datetime.h>
#include <math.h>

static PyObject *DecimalType, *DecimalSignal, *SameQuantum;   /* Decimal, DecimalException, Decimal.same_quantum */

/* a datetime or date as one ordered number: year, month, day, then (datetimes) the time of day */
static long long day_key(PyObject *v) {
    return ((long long)PyDateTime_GET_YEAR(v) * 13 + PyDateTime_GET_MONTH(v)) * 32 + PyDateTime_GET_DAY(v);
}

static long long moment_key(PyObject *v) {
    long long seconds = ((day_key(v) * 24 + PyDateTime_DATE_GET_HOUR(v)) * 60 + PyDateTime_DATE_GET_MINUTE(v)) * 60
                        + PyDateTime_DATE_GET_SECOND(v);
    return seconds * 1000000 + PyDateTime_DATE_GET_MICROSECOND(v);
}

/* 1 within low..high, 0 not (or not comparable), -1 error */
static int within(PyObject *v, PyObject *low, PyObject *high) {
    int ok = PyObject_RichCompareBool(v, low, Py_GE);
    if (ok != 1)
        return ok;
    return PyObject_RichCompareBool(v, high, Py_LE);
}

/* an int column: exact ints within the bounds, checked as C numbers where the bounds fit 64 bits */
typedef struct {
    PyObject *low, *high;
    long long lo, hi;
    int small;   /* lo and hi hold the bounds */
} IntBounds;

static int int_within(PyObject *v, IntBounds *b) {
    if (b->small) {
        int overflow;
        long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
        if (!overflow)
            return x >= b->lo && x <= b->hi;
        if (PyErr_Occurred())
            return -1;
    }
    return within(v, b->low, b->high);
}

/* the Decimal a value of a Decimal column stands for (a new reference), NULL (no error set) where the
   Python pass must decide, NULL with an error set on failure */
static PyObject *as_decimal(PyObject *v) {
    if (Py_IS_TYPE(v, (PyTypeObject *)DecimalType)) {
        Py_INCREF(v);
        return v;
    }
    if (PyLong_CheckExact(v))
        return PyObject_CallOneArg(DecimalType, v);
    if (PyFloat_CheckExact(v)) {
        if (!isfinite(PyFloat_AS_DOUBLE(v)))
            return NULL;
        PyObject *text = PyObject_Repr(v);
        if (!text)
            return NULL;
        PyObject *d = PyObject_CallOneArg(DecimalType, text);
        Py_DECREF(text);
        return d;
    }
    return NULL;
}

static PyObject *fit(PyObject *self, PyObject *args) {
    PyObject *values, *spec;
    if (!PyArg_ParseTuple(args, "OO!", &values, &PyTuple_Type, &spec))
        return NULL;
    const char *kind_s;
    PyObject *low, *high, *members, *quantize, *quantum;
    Py_ssize_t length;
    long unit;
    int bools;
    if (!PyArg_ParseTuple(spec, "sOOnOOOlp", &kind_s, &low, &high, &length, &members, &quantize, &quantum, &unit,
                          &bools))
        return NULL;
    char kind = kind_s[0];
    if (!strchr("isedtD", kind) || kind_s[1] || unit < 1 || (kind == 'e' && !PyFrozenSet_Check(members))) {
        PyErr_SetString(PyExc_ValueError, "fit: bad spec");
        return NULL;
    }
    long long lo = 0, hi = 0;
    IntBounds ib = {low, high, 0, 0, 0};
    if (kind == 'i') {
        int o1, o2;
        ib.lo = PyLong_AsLongLongAndOverflow(low, &o1);
        if (ib.lo == -1 && PyErr_Occurred())
            return NULL;
        ib.hi = PyLong_AsLongLongAndOverflow(high, &o2);
        if (ib.hi == -1 && PyErr_Occurred())
            return NULL;
        ib.small = !o1 && !o2;
    } else if (kind == 't' || kind == 'D') {
        if (!PyDate_Check(low) || !PyDate_Check(high)) {
            PyErr_SetString(PyExc_TypeError, "fit: the bounds of a date or datetime column are dates");
            return NULL;
        }
        if (kind == 't' && (!PyDateTime_Check(low) || !PyDateTime_Check(high))) {
            PyErr_SetString(PyExc_TypeError, "fit: the bounds of a datetime column are datetimes");
            return NULL;
        }
        lo = kind == 't' ? moment_key(low) : day_key(low);
        hi = kind == 't' ? moment_key(high) : day_key(high);
    }
    PyObject *seq = PySequence_Fast(values, "fit: values must be a sequence");
    if (!seq)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    PyObject *out = PyList_New(n);
    if (!out) {
        Py_DECREF(seq);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = items[i], *kept = NULL;
        int ok = 1;
        if (v == Py_None) {
            Py_INCREF(v);
            PyList_SET_ITEM(out, i, v);
            continue;
        }
        switch (kind) {
        case 'i':
            if (PyLong_CheckExact(v)) {
                ok = int_within(v, &ib);
                kept = v;
                Py_INCREF(v);
            } else if (PyBool_Check(v) && bools) {
                kept = PyLong_FromLong(v == Py_True);
                if (!kept)
                    ok = -1;
            } else
                ok = 0;
            break;
        case 's':
            ok = PyUnicode_CheckExact(v) && PyUnicode_GET_LENGTH(v) <= length;
            break;
        case 'e':
            ok = PyUnicode_CheckExact(v) ? PySet_Contains(members, v) : 0;
            break;
        case 't': {
            if (!PyDateTime_CheckExact(v) || PyDateTime_DATE_GET_TZINFO(v) != Py_None) {
                ok = 0;
                break;
            }
            int cut = PyDateTime_DATE_GET_MICROSECOND(v) % unit;   /* cut to the column's fraction */
            long long key = moment_key(v) - cut;
            ok = key >= lo && key <= hi;
            if (ok && cut) {
                kept = PyDateTime_FromDateAndTimeAndFold(
                    PyDateTime_GET_YEAR(v), PyDateTime_GET_MONTH(v), PyDateTime_GET_DAY(v), PyDateTime_DATE_GET_HOUR(v),
                    PyDateTime_DATE_GET_MINUTE(v), PyDateTime_DATE_GET_SECOND(v),
                    PyDateTime_DATE_GET_MICROSECOND(v) - cut, PyDateTime_DATE_GET_FOLD(v));
                if (!kept)
                    ok = -1;
            }
            break;
        }
        case 'D':
            ok = PyDate_CheckExact(v) && day_key(v) >= lo && day_key(v) <= hi;
            break;
        case 'd': {
            PyObject *d = as_decimal(v);
            if (!d) {
                ok = PyErr_Occurred() ? -1 : 0;
                break;
            }
            PyObject *call[2] = {d, quantum};
            PyObject *same = PyObject_Vectorcall(SameQuantum, call, 2, NULL);   /* already of the scale: */
            if (same == Py_True)                                                 /* rounding keeps it as */
                kept = d;                                                        /* it is (3x as fast)   */
            else {
                kept = same ? PyObject_Vectorcall(quantize, call, 2, NULL) : NULL;
                Py_DECREF(d);
            }
            Py_XDECREF(same);
            ok = kept ? within(kept, low, high) : -1;
            break;
        }
        }
        if (ok == 1 && !kept) {
            kept = v;
            Py_INCREF(v);
        }
        if (ok != 1) {
            Py_XDECREF(kept);
            Py_DECREF(out);
            Py_DECREF(seq);
            if (ok < 0 && !PyErr_ExceptionMatches(DecimalSignal))   /* not a Decimal signal: a real failure */
                return NULL;
            PyErr_Clear();   /* out of bounds, another type, or a Decimal that signals: the Python pass decides */
            Py_RETURN_NONE;
        }
        PyList_SET_ITEM(out, i, kept);
    }
    Py_DECREF(seq);
    return out;
}

static PyMethodDef methods[] = {
    {"fit", fit, METH_VARARGS, "fit(values, spec) -> list | None: the column fitted in one pass, or None."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_fitfast", NULL, -1, methods};

PyMODINIT_FUNC PyInit__fitfast(void) {
    PyDateTime_IMPORT;
    if (!PyDateTimeAPI)
        return NULL;
    PyObject *decimal = PyImport_ImportModule("decimal");
    if (!decimal)
        return NULL;
    DecimalType = PyObject_GetAttrString(decimal, "Decimal");
    DecimalSignal = PyObject_GetAttrString(decimal, "DecimalException");
    Py_DECREF(decimal);
    if (!DecimalType || !DecimalSignal)
        return NULL;
    SameQuantum = PyObject_GetAttrString(DecimalType, "same_quantum");
    if (!SameQuantum)
        return NULL;
    return PyModule_Create(&module);
}
