/* seeder._csvfast: the body of a LOAD DATA batch (seeder.csvload's CSV dialect), rendered in one pass in C.

   render(columns, modes, fallback) -> bytes
     columns   a list of equally long sequences (lists, tuples), one per column
     modes     one byte per column: 'a' (values by type) or 'p' (strings already rendered, written as they are)
     fallback  fallback(value) -> str, the text of any value not handled here (seeder.csvload.csv_field)

   The bytes are exactly the UTF-8 of seeder.csvload's Python renderer, value for value (tests/unit/
   test_csvfast.py compares them): None is \N; int (not its subclasses) in decimal; bool 1 or 0; naive
   datetime and date in ISO form (a fraction only when non-zero); Decimal as str() unless that chose an
   exponent or a special value; a column whose values (None aside) are all strings, none holding , " \
   NUL newline or carriage return and whose concatenation holds no "null" in any case, as they are,
   any other string in double quotes with \ " NUL newline and carriage return escaped by a backslash.
   Everything else (floats, aware datetimes, subclasses, bytes...) goes to fallback. An optional
   extension: seeder.csvload renders in Python where it is not built. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <datetime.h>

static PyObject *DecimalType;

typedef struct {
    char *buf;
    Py_ssize_t len, cap;
} Out;

static int grow(Out *o, Py_ssize_t need) {
    if (o->len + need <= o->cap)
        return 0;
    Py_ssize_t cap = o->cap ? o->cap : 1 << 16;
    while (cap < o->len + need)
        cap *= 2;
    char *b = PyMem_Realloc(o->buf, cap);
    if (!b) {
        PyErr_NoMemory();
        return -1;
    }
    o->buf = b;
    o->cap = cap;
    return 0;
}

static int put(Out *o, const char *s, Py_ssize_t n) {
    if (grow(o, n) < 0)
        return -1;
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    return 0;
}

static int put_str(Out *o, PyObject *s, int enclose) {
    Py_ssize_t n;
    const char *u = PyUnicode_AsUTF8AndSize(s, &n);
    if (!u)
        return -1;
    if (!enclose)
        return put(o, u, n);
    if (grow(o, 2 * n + 2) < 0)
        return -1;
    char *d = o->buf + o->len;
    *d++ = '"';
    for (Py_ssize_t i = 0; i < n; i++) {
        char c = u[i];
        switch (c) {
        case '\\': *d++ = '\\'; *d++ = '\\'; break;
        case '"':  *d++ = '\\'; *d++ = '"'; break;
        case '\0': *d++ = '\\'; *d++ = '0'; break;
        case '\n': *d++ = '\\'; *d++ = 'n'; break;
        case '\r': *d++ = '\\'; *d++ = 'r'; break;
        default:   *d++ = c;
        }
    }
    *d++ = '"';
    o->len = d - o->buf;
    return 0;
}

static char *two_digits(char *d, int v) {
    d[0] = (char)('0' + v / 10 % 10);
    d[1] = (char)('0' + v % 10);
    return d + 2;
}

static char *iso_date(char *d, int y, int m, int day) {   /* YYYY-MM-DD, as date.isoformat */
    d = two_digits(two_digits(d, y / 100), y % 100);
    *d++ = '-';
    d = two_digits(d, m);
    *d++ = '-';
    return two_digits(d, day);
}

/* 1: the column's strings are written as they are (seeder.csvload._csv_plain_or); 0: enclosed; -1: error */
static int plain_strings(PyObject *col) {
    Py_ssize_t n = PySequence_Fast_GET_SIZE(col), strings = 0;
    PyObject **items = PySequence_Fast_ITEMS(col);
    int seen = 0;   /* letters of "null" just seen, across values: "nu" + "ll" counts, as in the joined text */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = items[i];
        if (v == Py_None)
            continue;
        if (Py_TYPE(v) != &PyUnicode_Type)
            return 0;
        strings++;
        Py_ssize_t len;
        const char *u = PyUnicode_AsUTF8AndSize(v, &len);
        if (!u)
            return -1;
        for (Py_ssize_t x = 0; x < len; x++) {
            char c = u[x];
            if (c == ',' || c == '"' || c == '\\' || c == '\0' || c == '\n' || c == '\r')
                return 0;
            if (c >= 'A' && c <= 'Z')
                c = (char)(c + ('a' - 'A'));
            seen = c == "null"[seen] ? seen + 1 : c == 'n' ? 1 : 0;
            if (seen == 4)
                return 0;
        }
    }
    return strings > 0;
}

/* the text of one value of a mode 'a' column; 1 when it went to fallback's caller, 0 done, -1 error */
static int put_value(Out *o, PyObject *v, int enclose) {
    PyTypeObject *t = Py_TYPE(v);
    if (v == Py_None)
        return put(o, "\\N", 2);
    if (t == &PyUnicode_Type)
        return put_str(o, v, enclose);
    if (t == &PyLong_Type) {
        int overflow;
        long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
        if (x == -1 && PyErr_Occurred())
            return -1;
        if (!overflow) {
            char tmp[24];
            return put(o, tmp, snprintf(tmp, sizeof tmp, "%lld", x));
        }
        return 1;
    }
    if (t == &PyBool_Type)
        return put(o, v == Py_True ? "1" : "0", 1);
    if (t == PyDateTimeAPI->DateTimeType) {
        if (((PyDateTime_DateTime *)v)->hastzinfo)
            return 1;
        if (grow(o, 32) < 0)
            return -1;
        char *d = iso_date(o->buf + o->len, PyDateTime_GET_YEAR(v), PyDateTime_GET_MONTH(v), PyDateTime_GET_DAY(v));
        *d++ = ' ';
        d = two_digits(d, PyDateTime_DATE_GET_HOUR(v));
        *d++ = ':';
        d = two_digits(d, PyDateTime_DATE_GET_MINUTE(v));
        *d++ = ':';
        d = two_digits(d, PyDateTime_DATE_GET_SECOND(v));
        int us = PyDateTime_DATE_GET_MICROSECOND(v);
        if (us) {
            *d++ = '.';
            d = two_digits(two_digits(two_digits(d, us / 10000), us / 100 % 100), us % 100);
        }
        o->len = d - o->buf;
        return 0;
    }
    if (t == PyDateTimeAPI->DateType) {
        if (grow(o, 16) < 0)
            return -1;
        o->len = iso_date(o->buf + o->len, PyDateTime_GET_YEAR(v), PyDateTime_GET_MONTH(v), PyDateTime_GET_DAY(v)) - o->buf;
        return 0;
    }
    if ((PyObject *)t == DecimalType) {
        PyObject *s = PyObject_Str(v);
        if (!s)
            return -1;
        Py_ssize_t n;
        const char *u = PyUnicode_AsUTF8AndSize(s, &n);
        int r = u ? 0 : -1;
        for (Py_ssize_t x = 0; r == 0 && x < n; x++)   /* an exponent, NaN, sNaN, Infinity: format(v, "f") */
            if (u[x] == 'E' || u[x] == 'N' || u[x] == 'I')
                r = 1;
        if (r == 0)
            r = put(o, u, n);
        Py_DECREF(s);
        return r;
    }
    return 1;
}

static PyObject *render(PyObject *self, PyObject *args) {
    PyObject *columns, *fallback, *result = NULL;
    const char *modes;
    Py_ssize_t k, n = 0, ready = 0;
    if (!PyArg_ParseTuple(args, "O!y#O", &PyList_Type, &columns, &modes, &k, &fallback))
        return NULL;
    if (PyList_GET_SIZE(columns) != k || k == 0) {
        PyErr_SetString(PyExc_ValueError, "render: one mode per column, and at least one column");
        return NULL;
    }
    PyObject **cols = PyMem_Calloc(k, sizeof(PyObject *));
    char *enclose = PyMem_Calloc(k, 1);
    Out o = {0};
    if (!cols || !enclose) {
        PyErr_NoMemory();
        goto done;
    }
    for (; ready < k; ready++) {
        PyObject *c = PySequence_Fast(PyList_GET_ITEM(columns, ready), "render: every column must be a sequence");
        if (!c)
            goto done;
        cols[ready] = c;
        if (ready == 0)
            n = PySequence_Fast_GET_SIZE(c);
        else if (PySequence_Fast_GET_SIZE(c) != n) {
            PyErr_SetString(PyExc_ValueError, "render: columns of different lengths");
            ready++;
            goto done;
        }
        if (modes[ready] == 'a') {
            int plain = plain_strings(c);
            if (plain < 0) {
                ready++;
                goto done;
            }
            enclose[ready] = !plain;
        } else if (modes[ready] != 'p') {
            PyErr_SetString(PyExc_ValueError, "render: a mode is 'a' or 'p'");
            ready++;
            goto done;
        }
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        for (Py_ssize_t j = 0; j < k; j++) {
            PyObject *v = PySequence_Fast_ITEMS(cols[j])[i];
            if (j && put(&o, ",", 1) < 0)
                goto done;
            int r = modes[j] == 'p' && Py_TYPE(v) == &PyUnicode_Type ? put_str(&o, v, 0) : put_value(&o, v, enclose[j]);
            if (r < 0)
                goto done;
            if (r == 1) {
                PyObject *s = PyObject_CallOneArg(fallback, v);
                if (!s)
                    goto done;
                r = PyUnicode_Check(s) ? put_str(&o, s, 0) : (PyErr_SetString(PyExc_TypeError, "render: fallback must return str"), -1);
                Py_DECREF(s);
                if (r < 0)
                    goto done;
            }
        }
        if (put(&o, "\n", 1) < 0)
            goto done;
    }
    result = PyBytes_FromStringAndSize(o.buf ? o.buf : "", o.len);
done:
    PyMem_Free(o.buf);
    for (Py_ssize_t j = 0; j < ready; j++)
        Py_DECREF(cols[j]);
    PyMem_Free(cols);
    PyMem_Free(enclose);
    return result;
}

static PyMethodDef methods[] = {
    {"render", render, METH_VARARGS, "render(columns, modes, fallback) -> bytes: the CSV lines of the rows."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_csvfast", NULL, -1, methods};

PyMODINIT_FUNC PyInit__csvfast(void) {
    PyDateTime_IMPORT;
    if (!PyDateTimeAPI)
        return NULL;
    PyObject *decimal = PyImport_ImportModule("decimal");
    if (!decimal)
        return NULL;
    DecimalType = PyObject_GetAttrString(decimal, "Decimal");
    Py_DECREF(decimal);
    if (!DecimalType)
        return NULL;
    return PyModule_Create(&module);
}
