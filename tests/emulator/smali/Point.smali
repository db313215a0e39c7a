.class public Lt/Point;
.super Ljava/lang/Object;

# A value class: equal when their x is equal.

.field public x:I

.method public constructor <init>(I)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput p1, p0, Lt/Point;->x:I
    return-void
.end method

.method public hashCode()I
    .registers 2
    iget v0, p0, Lt/Point;->x:I
    return v0
.end method

.method public equals(Ljava/lang/Object;)Z
    .registers 4
    instance-of v0, p1, Lt/Point;
    if-eqz v0, :no
    check-cast p1, Lt/Point;
    iget v0, p1, Lt/Point;->x:I
    iget v1, p0, Lt/Point;->x:I
    if-ne v0, v1, :no
    const/4 v0, 0x1
    return v0
    :no
    const/4 v0, 0x0
    return v0
.end method
