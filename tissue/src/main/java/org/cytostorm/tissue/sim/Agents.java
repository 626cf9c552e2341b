package org.cytostorm.tissue.sim;

import java.util.Arrays;

/**
 * The mobile cells (macrophages, neutrophils, T and CAR-T cells) as growable arrays. Each agent has
 * a stable id (its random streams are keyed by it) and scratch slots the parallel decide phase
 * fills and the serial apply phase reads, so no two threads write the same slot.
 */
public final class Agents {
    /** What the decide phase asks the apply phase to do with an agent. */
    static final byte KEEP = 0;
    static final byte REMOVE = 1;
    static final byte DIVIDE = 2;
    static final byte LYSE = 3;

    private final int fields;
    int count;
    long[] id;
    short[] type;
    byte[] status;
    double[] x;
    double[] y;
    double[] z;
    double[] lysisAt;
    // scratch, refilled every step
    int[] voxel;
    byte[] fate;
    int[] killTarget;
    double[] secretion;
    double[] uptake;

    Agents(int fields, int capacity) {
        this.fields = fields;
        allocate(Math.max(16, capacity));
    }

    private void allocate(int capacity) {
        id = Arrays.copyOf(id == null ? new long[0] : id, capacity);
        type = Arrays.copyOf(type == null ? new short[0] : type, capacity);
        status = Arrays.copyOf(status == null ? new byte[0] : status, capacity);
        x = Arrays.copyOf(x == null ? new double[0] : x, capacity);
        y = Arrays.copyOf(y == null ? new double[0] : y, capacity);
        z = Arrays.copyOf(z == null ? new double[0] : z, capacity);
        lysisAt = Arrays.copyOf(lysisAt == null ? new double[0] : lysisAt, capacity);
        voxel = Arrays.copyOf(voxel == null ? new int[0] : voxel, capacity);
        fate = Arrays.copyOf(fate == null ? new byte[0] : fate, capacity);
        killTarget = Arrays.copyOf(killTarget == null ? new int[0] : killTarget, capacity);
        secretion = Arrays.copyOf(secretion == null ? new double[0] : secretion, capacity * fields);
        uptake = Arrays.copyOf(uptake == null ? new double[0] : uptake, capacity * fields);
    }

    public int count() {
        return count;
    }

    public int capacity() {
        return id.length;
    }

    public int type(int a) {
        return type[a];
    }

    public double x(int a) {
        return x[a];
    }

    public double y(int a) {
        return y[a];
    }

    public double z(int a) {
        return z[a];
    }

    public byte status(int a) {
        return status[a];
    }

    /** Appends an agent; grows the arrays (the only allocation) when full. */
    int add(long agentId, int agentType, double ax, double ay, double az) {
        if (count == id.length) {
            allocate(2 * id.length);
        }
        int a = count++;
        id[a] = agentId;
        type[a] = (short) agentType;
        status[a] = Status.ALIVE;
        x[a] = ax;
        y[a] = ay;
        z[a] = az;
        lysisAt[a] = 0;
        fate[a] = KEEP;
        killTarget[a] = -1;
        return a;
    }

    /** Drops agents marked for removal, keeping the others in order (order fixes the apply phase). */
    void compact() {
        int w = 0;
        for (int a = 0; a < count; a++) {
            if (fate[a] == REMOVE) {
                continue;
            }
            if (w != a) {
                id[w] = id[a];
                type[w] = type[a];
                status[w] = status[a];
                x[w] = x[a];
                y[w] = y[a];
                z[w] = z[a];
                lysisAt[w] = lysisAt[a];
            }
            fate[w] = KEEP;
            w++;
        }
        count = w;
    }
}
