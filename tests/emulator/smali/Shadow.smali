.class public Lt/Shadow;
.super Lt/ShadowBase;

# Declares a field `a` as its superclass does (obfuscators do this): two distinct fields.

.field public a:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lt/ShadowBase;-><init>()V
    return-void
.end method

# Writes 7 to ShadowBase.a and "s" to Shadow.a; returns ShadowBase.a + length(Shadow.a) * 100
.method public static both()I
    .registers 4
    new-instance v0, Lt/Shadow;
    invoke-direct {v0}, Lt/Shadow;-><init>()V
    const/4 v1, 0x7
    iput v1, v0, Lt/ShadowBase;->a:I
    const-string v2, "s"
    iput-object v2, v0, Lt/Shadow;->a:Ljava/lang/String;
    iget v1, v0, Lt/ShadowBase;->a:I
    iget-object v2, v0, Lt/Shadow;->a:Ljava/lang/String;
    invoke-virtual {v2}, Ljava/lang/String;->length()I
    move-result v3
    mul-int/lit8 v3, v3, 0x64
    add-int/2addr v1, v3
    return v1
.end method

# Two fields of one class named `b` with different types (legal in DEX): distinct.
.field public b:I
.field public b:Ljava/lang/String;

.method public static sameClass()I
    .registers 4
    new-instance v0, Lt/Shadow;
    invoke-direct {v0}, Lt/Shadow;-><init>()V
    const/4 v1, 0x5
    iput v1, v0, Lt/Shadow;->b:I
    const-string v2, "xy"
    iput-object v2, v0, Lt/Shadow;->b:Ljava/lang/String;
    iget v1, v0, Lt/Shadow;->b:I
    iget-object v2, v0, Lt/Shadow;->b:Ljava/lang/String;
    invoke-virtual {v2}, Ljava/lang/String;->length()I
    move-result v3
    mul-int/lit8 v3, v3, 0x64
    add-int/2addr v1, v3
    return v1
.end method

# Two static fields named `c` (obfuscators do this too).
.field public static c:Z
.field public static c:[Ljava/lang/Object;

.method public static statics()I
    .registers 3
    const/4 v0, 0x0
    new-array v1, v0, [Ljava/lang/Object;
    sput-object v1, Lt/Shadow;->c:[Ljava/lang/Object;
    sget-boolean v0, Lt/Shadow;->c:Z
    return v0
.end method

# "a😀b".length(): 4 UTF-16 code units (the emoji is a surrogate pair)
.method public static codeUnits()I
    .registers 2
    const-string v0, "a\ud83d\ude00b"
    invoke-virtual {v0}, Ljava/lang/String;->length()I
    move-result v1
    return v1
.end method
